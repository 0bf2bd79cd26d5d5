# Sorting a list that mixes str and unicode names (ASCII only: they compare as text).
names = ['pump', u'Valve', 'agitator', u'mixer', 'Boiler']
print sorted(names)
print sorted(names, key=lambda s: s.lower())
print max(names), min(names)
print sorted(set(['b', u'a', 'c']))
print 'abc' < u'abd', u'b' > 'a', 'Z' < u'a'
print cmp('a', u'a'), cmp(u'b', 'a'), cmp('a', u'b')
