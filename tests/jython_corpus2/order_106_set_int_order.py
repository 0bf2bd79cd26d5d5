# order: set int order
print set([100, 5, 33, 12, 7, 1000, 64])
print set(range(10, 0, -1))
