d = {10: 'a', 3: 'b', 7: 'c', 1: 'd'}
print d
print d.keys(), d.values()
