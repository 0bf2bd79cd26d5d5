# str: 'literal'.format(...) compiled with inline type checks; each kind of argument
class Reading(object):
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return 'Reading(%s)' % self.v
calls = []
def arg(v):
    calls.append(v)
    return v
print '{0}|{1}|{2}'.format('pump', 3, None), '{} {}'.format('y', 'x')
print '{0} {1}'.format(1/3.0, 2.0), '{0:.2f} {1:.3e} {2:g}'.format(1/3.0, 12345.678, 0.1)
print '{0:.1f} and {0}'.format(2/3.0), '{0:.1f}{1}'.format(2, 2 ** 40)
print repr('{0}-{1}'.format(u'cafe', 'x')), repr('{0}'.format(u'u')), repr(u'{0}'.format('s'))
print '{0} {1}'.format(Reading(1), [1, 2.5]), '{0:>8}|{1:<4}|'.format('ab', 7)
print '{1}{0}{1}'.format(arg('a'), arg('b')), calls
print '{0!r}'.format(10L), '{0}'.format(10L), '{x:.1f}'.format(x=1.25), '{0:{1}}'.format(3.5, '>6')
print ', '.join(['{0}={1:.1f}'.format(k, v) for k, v in [('a', 1.0), ('b', 2.25)]])
print '{0:.2%}'.format(0.125), '{0:,}'.format(1234567), '{0:x}'.format(255), '{0:.1f}'.format(True)
flag = True
print '{} {}'.format(True, 'x'), '{0}|{1:>3}'.format(flag, False), format(True), '%s' % flag, str(flag)
