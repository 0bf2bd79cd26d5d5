a = {'x': 1, 'y': [1, 2]}
b = dict(y=[1, 2], x=1)
print a == b
print cmp({'a': 1}, {'a': 1})
print {} == dict()
