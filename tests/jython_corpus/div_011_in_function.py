def halve(n):
    return n / 2

for v in [1, 2, 3, -3, 10]:
    print v, halve(v)
