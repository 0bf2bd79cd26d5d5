# sem: dict pop update
d = {'a': 1, 'b': 2}
print d.pop('a'), d.pop('z', None), d
d.update({'c': 3})
d.update(e=4)
print sorted(d.items())
