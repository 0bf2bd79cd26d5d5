# sem: dict items sort py2
d = {'b': 2, 'a': 1}
items = d.items()
items.sort()
print items
