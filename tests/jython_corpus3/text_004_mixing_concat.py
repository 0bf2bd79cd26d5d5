# Building a message from a unicode tag value and byte-string pieces.
def build(prefix, value):
    try:
        msg = prefix + value
        return type(msg).__name__, msg
    except UnicodeDecodeError, e:
        return 'UnicodeDecodeError', str(e)


print build('Level: ', u'80%')
print build(u'Level: ', '80%')
print build('Temp \xb0C: ', u'21')
print build(u'Temp: ', '21 \xb0C')
print repr('abc' + u'def'), repr(u'' + 'x')
parts = ['a', u'b', 'c']
print repr(''.join(parts)), repr('-'.join(['x', 'y']))
try:
    print repr(u'-'.join(['ok', '\xff']))
except UnicodeDecodeError, e:
    print 'join failed:', e
