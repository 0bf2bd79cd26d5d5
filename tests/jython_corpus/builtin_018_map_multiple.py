print map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])
print map(max, [1, 5], [3, 2])
print map(lambda x: x, "ab")
