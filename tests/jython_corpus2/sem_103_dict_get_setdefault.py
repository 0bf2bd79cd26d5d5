# sem: dict get setdefault
d = {}
print d.get('a'), d.get('a', 0), d.setdefault('a', []), d
d.setdefault('a', []).append(1)
print d
