r = range(5)
print r, type(r).__name__
r.append(99)
print r
print range(10, 0, -3)
