base = {'a': 1, 'b': 2, 'c': 3}
copy = base.copy()
copy['d'] = 4
print base, copy
merged = dict(base)
merged.update({'z': 26, 'm': 13})
print merged
