# order: dict copy order
d = {'valve': 1, 'pump': 2, 'tank': 3, 'motor': 4, 'fan': 5}
print d.copy()
print dict(d)
