# exc: method args
class Pump(object):
    def start(self, speed):
        return speed
try:
    p = Pump()
    p.start()
except TypeError, e:
    print e
