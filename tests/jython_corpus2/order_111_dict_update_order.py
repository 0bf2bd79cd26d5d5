# order: dict update order
d = {'m': 1}
d.update({'n': 2, 'o': 3, 'a': 0})
print d
