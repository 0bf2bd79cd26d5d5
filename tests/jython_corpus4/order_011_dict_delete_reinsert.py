d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
del d['b']
d['e'] = 5
d['b'] = 6
print d
print d.popitem() in [('a', 1), ('c', 3), ('d', 4), ('e', 5), ('b', 6)]
