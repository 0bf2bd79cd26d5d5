# viewkeys/viewvalues/viewitems are live views in Python 2.7.
d = {'a': 1, 'b': 2}
ks = d.viewkeys()
vs = d.viewvalues()
its = d.viewitems()
print sorted(ks), sorted(vs), sorted(its)
d['c'] = 3
print len(ks), len(vs), len(its), 'c' in ks, ('c', 3) in its
print sorted(ks & set(['a', 'c', 'x'])), sorted(ks | set(['q']))
del d['a']
print sorted(ks), sorted(vs)
