# Searching mixed strings.
msg = u'Alarm: Tank1 high level'
print 'Tank1' in msg, u'high' in 'very high', 'x' in u'xyz'
print msg.find('Tank1'), msg.index(u'high'), 'abcabc'.rfind(u'b')
print msg.startswith('Alarm'), msg.endswith(('level', 'low')), 'abc'.startswith(u'ab')
print msg.count('l'), repr(msg[7:12]), repr(msg[-5:])
name = u'caf\xe9 terrace'
try:
    print '\xe9' in name
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError', e
print u'\xe9' in name, u'\xe9' not in u'abc'
try:
    print u'\xe9' in 'caf\xe9'
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError', e
