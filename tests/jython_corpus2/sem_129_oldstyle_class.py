# sem: oldstyle class
class Old:
    def __init__(self, v):
        self.v = v
    def show(self):
        return 'v=%s' % self.v
o = Old(3)
print o.show(), o.v, Old.__name__
