class Vec(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __div__(self, k):
        return Vec(self.x / k, self.y / k)
    def __repr__(self):
        return "Vec(%s, %s)" % (self.x, self.y)
v = Vec(3, 5) + Vec(4, 4)
print v
print v / 2
