class Vec(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __div__(self, k):
        return Vec(self.x / k, self.y / k)
    def __repr__(self):
        return 'Vec(%s, %s)' % (self.x, self.y)
print Vec(1, 2) + Vec(3, 4), Vec(1, 2) * 3, Vec(7, 9) / 2
