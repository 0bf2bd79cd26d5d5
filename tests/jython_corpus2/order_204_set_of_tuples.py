# order: set of tuples
s = set([(1, 2), (0, 1), (2, 2), (1, 0)])
print s
