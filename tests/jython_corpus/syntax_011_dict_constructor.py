d = dict(a=1, b=2)
print sorted(d)
print dict([('x', 1)])['x']
print dict({'y': 2}, z=3)['z']
