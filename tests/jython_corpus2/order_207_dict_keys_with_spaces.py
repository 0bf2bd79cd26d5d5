# order: dict keys with spaces
d = {'Line 1': 1, 'Line 2': 2, 'Line 10': 10, 'Line 3': 3}
print d
