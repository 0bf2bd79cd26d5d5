pts = set([(0, 0), (1, 2), (2, 1), (5, 5)])
print pts
print (1, 2) in pts, len(pts)
print frozenset(['b', 'a'])
