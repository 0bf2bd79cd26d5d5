class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
p = Point(1, 2.5)
print p
print repr(p)
print [p]
print "%s %r" % (p, p)
