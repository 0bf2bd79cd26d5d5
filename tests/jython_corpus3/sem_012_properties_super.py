# Properties and super() in a small class hierarchy.
class Sensor(object):
    def __init__(self, raw):
        self._raw = raw

    @property
    def value(self):
        return self._raw * 0.1

    def label(self):
        return 'sensor'


class TempSensor(Sensor):
    def __init__(self, raw, unit='C'):
        super(TempSensor, self).__init__(raw)
        self.unit = unit

    def label(self):
        return 'temp ' + super(TempSensor, self).label()


t = TempSensor(215)
print t.value, t.unit, t.label(), isinstance(t, Sensor)
try:
    t.value = 5
except AttributeError, e:
    print 'AttributeError:', e
