class Base:
    def __init__(self, name):
        self.name = name
        print "Base init", name
class Child(Base):
    def __init__(self, name, extra):
        Base.__init__(self, name)
        self.extra = extra
        print "Child init", extra
c = Child("c1", 5)
print c.name, c.extra
