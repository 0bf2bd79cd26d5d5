# sem: list slice assign
l = range(6)
l[1:3] = ['a', 'b', 'c']
del l[-1]
print l, l[::2]
