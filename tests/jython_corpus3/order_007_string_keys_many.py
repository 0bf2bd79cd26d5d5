# Thirty tag names in a dict: past the first resize the order changes again.
names = ['Tag%02d' % i for i in range(30)]
d = {}
for i, n in enumerate(names):
    d[n] = i
print d.keys()[:10]
print d.keys()[-5:]
print len(d), sum(d.values())
s = set(names[:12])
print s
