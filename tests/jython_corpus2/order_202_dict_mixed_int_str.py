# order: dict mixed int str
d = {'a': 1, 2: 'b', 'c': 3, 4: 'd'}
print d
print d.keys()
