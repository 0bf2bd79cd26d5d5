d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print 'b' in d, 'a' in d, len(d)
print sorted(d)
