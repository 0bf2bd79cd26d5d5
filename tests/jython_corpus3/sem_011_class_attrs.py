# Class attributes, instance attributes and __dict__ in a library class.
class Station(object):
    kind = 'pump'
    count = 0

    def __init__(self, name):
        self.name = name
        Station.count += 1

    def describe(self):
        return '%s %s (#%d)' % (self.kind, self.name, Station.count)


a = Station('A')
b = Station('B')
b.kind = 'valve'
print a.describe(), b.describe()
print sorted(a.__dict__.items()), sorted(b.__dict__.items())
print hasattr(a, 'kind'), getattr(a, 'missing', 'dflt'), Station.kind
