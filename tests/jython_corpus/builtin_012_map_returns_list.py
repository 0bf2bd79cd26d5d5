m = map(str, [1, 2, 3])
print m
print type(m).__name__
print m[0]
print map(None, [1, 2], [3, 4])
