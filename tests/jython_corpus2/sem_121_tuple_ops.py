# sem: tuple ops
t = (1, 2, 3)
print t + (4,), t * 2, t.index(2), t.count(1), t[1:], len(t)
