class Valve:
    def __init__(self):
        self.open = False

v = Valve()
try:
    v.position
except AttributeError, e:
    print 'instance:', e
try:
    Valve.position
except AttributeError, e:
    print 'class:', e
