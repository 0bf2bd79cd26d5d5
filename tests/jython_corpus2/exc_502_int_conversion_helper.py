# exc: a defensive conversion helper that logs the TypeError text
def as_int(value, default=0):
    try:
        return int(value)
    except (TypeError, ValueError), e:
        print 'as_int(%r): %s' % (value, e)
        return default
class Reading(object):
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
print as_int('12'), as_int(3.9), as_int(Reading(7.2)), as_int(['1']), as_int(set([1])), as_int('x1')
print as_int(None, -1), as_int(True)
