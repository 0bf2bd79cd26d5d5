class Valve(object):
    def __init__(self, tag):
        self.tag = tag
    def describe(self):
        return "Valve " + self.tag
v = Valve("V7")
print v.describe()
print type(v).__name__
