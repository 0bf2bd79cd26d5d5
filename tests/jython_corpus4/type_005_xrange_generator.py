r = xrange(5)
print r, type(r), list(r)
print xrange(1, 10, 2), len(xrange(0, 10, 3))
def gen():
    yield 1
g = gen()
print type(g), list(g)
print type(iter([])), type(iter(()))
