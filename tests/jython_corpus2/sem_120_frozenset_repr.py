# sem: frozenset repr
f = frozenset([1])
print f, type(f)
print frozenset()
