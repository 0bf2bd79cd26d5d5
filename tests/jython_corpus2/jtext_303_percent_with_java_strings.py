from java.lang import StringBuilder
unit = StringBuilder('kg').toString()
print repr('%s' % unit), repr('%d %s' % (5, unit)), repr('%-4s|' % unit)
print repr('%r' % unit), repr('%s' % [unit])
for fmt, args in [(u'%s', '\xe9'), (u'%s %s', ('a', 'b\xe9')), ('%s%s', (u'x', '\xe9')),
                  ('%s%s', ('\xe9', u'x')), ('\xe9 %s', u'x'), (u'%(k)s', {'k': '\xff'})]:
    try:
        r = fmt % args
        print repr(r), type(r).__name__
    except UnicodeDecodeError, e:
        print 'UnicodeDecodeError', e
