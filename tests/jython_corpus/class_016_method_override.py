class Shape(object):
    def area(self):
        return 0
    def report(self):
        return "%s area %s" % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
print Shape().report()
print Square(3).report()
