# order: dict tuple keys
d = {(1, 2): 'a', (0, 0): 'b', (2, 1): 'c'}
print d
