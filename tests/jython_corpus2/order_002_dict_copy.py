d = {'zeta': 1, 'alpha': 2, 'mid': 3, 'b': 4}
e = d.copy()
print e
print e.keys()
