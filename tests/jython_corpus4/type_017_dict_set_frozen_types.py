print type({}), type(set()), type(frozenset()), type(xrange(1))
print dict, list, tuple, str, int, float, long, unicode
print set([1]), frozenset([1]), set()
