from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(x=1, y=2)
print p._fields
x, y = p
print x + y, p == (1, 2)
print Point._make([5, 6])
