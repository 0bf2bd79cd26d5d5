vals = [i * i for i in range(4)]
print vals, i
gen = list(j for j in range(3))
print gen
