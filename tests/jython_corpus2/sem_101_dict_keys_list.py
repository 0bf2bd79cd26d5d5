# sem: dict keys list
d = {'b': 2, 'a': 1}
k = d.keys()
k.sort()
print k, type(d.values()), type(d.items())
