d = {'x': 1, 'y': 2}
k = d.keys()
print type(k).__name__
k.sort()
print k
v = d.values()
v.sort()
print v, type(d.items()).__name__
