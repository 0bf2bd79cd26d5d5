print repr(unicode(5)), repr(unicode(True)), repr(unicode(None)), repr(unicode(1.5))
print repr(unicode('abc')), repr(str(u'abc'))
try:
    str(u'\xe9')
except UnicodeEncodeError, e:
    print 'UnicodeEncodeError:', e
