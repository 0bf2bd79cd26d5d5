# codec: decode() on a unicode value decodes its characters as bytes in Jython
def to_text(value):
    try:
        return value.decode('utf-8')
    except UnicodeDecodeError, e:
        print 'cannot decode:', e
        return None
print repr(to_text('caf\xc3\xa9')), repr(to_text(u'plain'))
print repr(to_text(u'caf\xe9'))
try:
    u'\xb0C'.decode('ascii')
except UnicodeError, e:
    print type(e).__name__, e.start, e.end, e.reason
print repr(u'abc'.decode('ascii')), repr('abc'.decode('latin-1'))
