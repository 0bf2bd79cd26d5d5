# copy(), dict(d) and update() of small dicts keep Jython's order.
base = {'zeta': 1, 'alpha': 2, 'mid': 3}
c = base.copy()
d = dict(base)
e = {}
e.update(base)
print base
print c, d, e
print c == base, c.keys() == base.keys()
base['beta'] = 4
del base['alpha']
print base, base.keys()
