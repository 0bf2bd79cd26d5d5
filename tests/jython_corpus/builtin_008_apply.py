def add(a, b, c=0):
    return a + b + c
print apply(add, (1, 2))
print apply(add, (1, 2), {'c': 10})
print apply(max, [3, 9, 4])
