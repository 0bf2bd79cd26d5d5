class Device:
    kind = "generic"
    def __init__(self, name):
        self.name = name
    def info(self):
        return "%s (%s)" % (self.name, self.kind)
class Motor(Device):
    kind = "motor"
m = Motor("M1")
print m.info()
print isinstance(m, Device), isinstance(m, Motor)
