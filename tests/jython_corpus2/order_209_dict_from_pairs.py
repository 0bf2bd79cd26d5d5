# order: dict from pairs
pairs = [('zz', 1), ('aa', 2), ('mm', 3)]
print dict(pairs)
