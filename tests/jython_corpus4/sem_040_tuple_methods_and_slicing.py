t = (1, 2, 3, 2)
print t.count(2), t.index(3), t[1:], t + (4,), t * 2
print tuple('ab'), tuple([1]), len(t)
