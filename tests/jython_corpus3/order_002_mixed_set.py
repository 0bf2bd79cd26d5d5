# Sets of mixed values.
s = set([1, 'a', 2.5, u'b', (1, 2)])
print s
print list(s), len(s)
t = set([3, 1, 2]) | set(['z', 'y'])
print t
print sorted(t, key=lambda x: (isinstance(x, str), x))
print set([10, 'ten', 10.0]), set([u'k', 'k'])
