n = 1000
steps = []
while n > 0:
    steps.append(n)
    n /= 3
print steps
