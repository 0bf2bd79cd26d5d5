# Equal str and unicode collapse into one set member or dict key.
s = set(['a', u'a', 'b'])
print len(s), sorted(s)
keys = {}
for k in ['x', u'x', 'y', u'y', 'y']:
    keys[k] = keys.get(k, 0) + 1
print sorted(keys.items())
m = {}
m['k'] = 'bytes'
m[u'k'] = 'text'
print len(m), m.values(), type(m.keys()[0]).__name__
print u'a' in set(['a']), 'b' in {u'b': 1}, {u'a': 1} == {'a': 1}
