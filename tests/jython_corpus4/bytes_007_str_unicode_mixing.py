a = 'plain'
b = u'text'
print repr(a + b), type(a + b)
print repr('%s-%s' % (a, b))
try:
    print 'caf\xc3\xa9' + u'!'
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError:', e
