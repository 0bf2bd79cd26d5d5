# Wrong argument counts in calls to helpers and methods.
def scale(value, factor):
    return value * factor


def clamp(value, lo=0, hi=100):
    return max(lo, min(hi, value))


class Tank(object):
    def fill(self, amount):
        return amount


for call in [lambda: scale(1), lambda: scale(1, 2, 3), lambda: clamp(), lambda: clamp(1, 2, 3, 4),
             lambda: Tank().fill(), lambda: Tank().fill(1, 2)]:
    try:
        call()
    except TypeError, e:
        print 'TypeError:', e
