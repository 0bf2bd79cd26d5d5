# An alarm summary builder mixing % and format, unicode and bytes.
class Alarm(object):
    def __init__(self, source, priority, value, active):
        self.source, self.priority, self.value, self.active = source, priority, value, active

    def line(self):
        state = 'ACTIVE' if self.active else 'clear'
        return u'{0:<12} P{1} {2:>8.2f} {3}'.format(self.source, self.priority, self.value, state)


alarms = [Alarm(u'Tank1/Level', 1, 95.5, True), Alarm('Pump2/Amps', 3, 12.25, False),
          Alarm(u'Boiler/Temp', 2, 101.0, True)]
for a in sorted(alarms, key=lambda a: a.priority):
    print repr(a.line())
active = [a for a in alarms if a.active]
print '%d of %d active (%.0f%%)' % (len(active), len(alarms), 100.0 * len(active) / len(alarms))
print '{0} / {1}'.format(len(active), len(alarms)), '{:.1%}'.format(float(len(active)) / len(alarms))
