class Device(object):
    def __init__(self, name):
        self.name = name
    def describe(self):
        return 'Device ' + self.name
class Pump(Device):
    def describe(self):
        return super(Pump, self).describe() + ' (pump)'
class Old:
    def hi(self):
        return 'old hi'
print Pump('p1').describe(), Old().hi()
