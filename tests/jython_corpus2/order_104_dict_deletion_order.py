# order: dict deletion order
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
del d['b']
d['e'] = 5
print d
