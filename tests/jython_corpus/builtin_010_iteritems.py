d = {'b': 2, 'a': 1, 'c': 3}
pairs = []
for k, v in d.iteritems():
    pairs.append((k, v))
print sorted(pairs)
print sorted(d.itervalues())
print sorted(d.iterkeys())
