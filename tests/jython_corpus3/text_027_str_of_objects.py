# str() and repr() of objects in log lines.
class Setpoint(object):
    def __init__(self, name, value):
        self.name, self.value = name, value

    def __repr__(self):
        return 'Setpoint(%r, %r)' % (self.name, self.value)


class Plain(object):
    def __str__(self):
        return 'plain'


sp = Setpoint(u'SP1', 2.5)
print sp, str(sp), repr(sp), [sp], '%s|%r' % (sp, sp)
print Plain(), [str(Plain())], '%s' % Plain()
print str([1, 'a', u'b', 2.5, None]), repr((u'x',)), str({'k': [u'v']})
