d = {1: 'one', 'two': 2, (3, 4): 'tuple', 2.5: 'float', True: 'bool'}
print d
print d.keys()
