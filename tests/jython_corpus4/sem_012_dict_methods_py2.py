d = {'a': 1}
print d.get('b'), d.get('b', 0), d.setdefault('c', 3)
print d.pop('a'), d.pop('zz', None)
d.update({'x': 9}, y=8)
print sorted(d.items())
print dict.fromkeys(['p', 'q'], 0) == {'p': 0, 'q': 0}
