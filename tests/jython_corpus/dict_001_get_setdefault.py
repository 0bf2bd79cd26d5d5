d = {'a': 1}
print d.get('a'), d.get('b'), d.get('b', 0)
d.setdefault('b', []).append(5)
d.setdefault('b', []).append(6)
print d['b']
