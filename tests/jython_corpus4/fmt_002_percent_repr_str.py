class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
p = Point(1, 'a')
print p, [p], '%s %r' % (p, p), str(p)
