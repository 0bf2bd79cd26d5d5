# Printing types of values, as debug helpers do.
class Old:
    pass


class New(object):
    pass


for v in [1, 2 ** 40, 1.5, 'a', u'b', None, True, [], (), {}, set(), Old(), New(), xrange(3)]:
    print type(v).__name__,
print
print type(1), type('a'), type(u'a'), type(None), type([]), type(2 ** 40)
print type(Old), type(New), type(len), type(type)
print xrange(5), xrange(1, 10, 2), list(xrange(3)), len(xrange(10))
