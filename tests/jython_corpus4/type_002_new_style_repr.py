class Sensor(object):
    pass

s = Sensor()
print type(Sensor), Sensor
print type(s) is Sensor, s.__class__ is Sensor
print repr(Sensor)[:8], str(type(s))
