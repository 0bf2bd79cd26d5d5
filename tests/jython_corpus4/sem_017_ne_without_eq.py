class Point(object):
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return self.x == other.x

a, b = Point(1), Point(1)
print a == b, a != b
print Point(1) == Point(2), Point(1) != Point(2)
