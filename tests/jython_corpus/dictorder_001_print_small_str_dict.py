row = {'b': 1, 'a': 2, 'c': 3}
print row
print row.keys()
