d = {'only': 1}
print d.popitem()
print d
d['a'] = 1
d.clear()
print d, len(d)
