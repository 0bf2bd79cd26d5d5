class Base(object):
    def __init__(self):
        self.items = []
        print "Base.__init__"
class Derived(Base):
    def __init__(self):
        super(Derived, self).__init__()
        self.items.append("derived")
        print "Derived.__init__"
d = Derived()
print d.items
