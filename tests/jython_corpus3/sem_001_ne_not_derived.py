# A class with __eq__ but no __ne__: Python 2 does not derive != from ==.
class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


a, b = Point(1, 2), Point(1, 2)
print a == b, a != b, not (a == b)
print [a] == [b], a in [b]
class Both(Point):
    def __ne__(self, other):
        return not self.__eq__(other)
print Both(1, 2) != Both(1, 2), Both(1, 2) != Both(3, 4)
