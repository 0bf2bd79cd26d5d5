r = range(5)
print r, type(r)
print range(2, 10, 3), range(5, 0, -1), range(0)
r.append(5)
print r[-1]
