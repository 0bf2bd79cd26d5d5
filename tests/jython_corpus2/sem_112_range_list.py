# sem: range list
r = range(5)
print r, type(r)
r.append(5)
print r, range(2, 10, 3), range(5, 0, -1)
