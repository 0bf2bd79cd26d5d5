d = {'x': 1, 'y': 2}
d.update({'y': 20, 'z': 30})
print sorted(d.items())
print d.pop('x'), d.pop('nope', 'dflt')
print sorted(d.keys())
