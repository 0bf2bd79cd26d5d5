d = {'a': 1, 'b': 2, 'c': 3}
for k in d.keys():
    if d[k] % 2:
        del d[k]
print d
