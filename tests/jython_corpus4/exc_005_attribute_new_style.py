class Pump(object):
    def __init__(self):
        self.speed = 10

p = Pump()
try:
    print p.pressure
except AttributeError, e:
    print 'AttributeError:', e
try:
    Pump.missing
except AttributeError, e:
    print 'class:', e
