s = u'Pump %s' % 'A'
print repr(s), type(s)
print repr('x'.join([u'a', u'b'])), repr('abc'.replace('b', u'B'))
print repr(u'a,b'.split(',')), repr(str(u'ok'))
