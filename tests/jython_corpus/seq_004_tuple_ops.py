t = (1, 2, 3)
print t + (4,), t * 2
print t[1:], len(t), t.index(2), t.count(5)
a, b, c = t
print a, b, c
