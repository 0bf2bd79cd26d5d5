# unicode() of various things.
class Reading(object):
    def __init__(self, value):
        self.value = value

    def __str__(self):
        return 'Reading(%s)' % self.value

    def __unicode__(self):
        return u'Reading<%s>' % self.value


r = Reading(5)
print repr(unicode(r)), repr(str(r)), repr(u'%s' % r), repr('%s' % r)
print repr(unicode(5)), repr(unicode(2.5)), repr(unicode(None)), repr(unicode(True))
print repr(unicode([1, 'a'])), repr(unicode('abc')), repr(unicode('caf\xc3\xa9', 'utf-8'))
try:
    unicode('caf\xe9')
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError', e
print repr(unicode('caf\xe9', 'latin-1')), repr(unicode('caf\xe9', 'ascii', 'replace'))
print repr(unicode('caf\xe9', 'ascii', 'ignore'))
