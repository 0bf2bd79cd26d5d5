# !r and !s conversions in log messages.
class Valve(object):
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return 'Valve(%r)' % self.tag

    def __str__(self):
        return 'valve %s' % self.tag


v = Valve(u'V-101')
print '{0!r}'.format(v)
print '{0!s}'.format(v), '{0}'.format(v)
print '{0!r} {1!r} {2!r}'.format('x', u'y', 10L)
print '{!r}'.format([u'a', 'b']), '{!r}'.format({'k': u'v'})
print '{0!r:>12}|'.format('ab'), '{!s:<5}|'.format(None)
print repr('{0!r}'.format(u'z')), repr(u'{0!r}'.format('z'))
