# sem: class inheritance
class Base(object):
    def describe(self):
        return 'base ' + self.name()
    def name(self):
        return 'B'
class Pump(Base):
    def name(self):
        return 'P'
print Pump().describe(), isinstance(Pump(), Base)
