class Alarm:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name
alarms = [Alarm(2, 'hi'), Alarm(1, 'lo'), Alarm(3, 'crit')]
alarms.sort(lambda a, b: cmp(b.prio, a.prio))
print [a.name for a in alarms]
