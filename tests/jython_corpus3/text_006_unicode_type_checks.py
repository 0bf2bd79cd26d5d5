# Integrators check types before handling a value.
def describe(v):
    if isinstance(v, unicode):
        kind = 'unicode'
    elif isinstance(v, str):
        kind = 'str'
    elif isinstance(v, basestring):
        kind = 'basestring?'
    else:
        kind = type(v).__name__
    return kind


for v in ['a', u'a', 1, 1.5, None, ['a'], 2 ** 40]:
    print describe(v),
print
print isinstance(u'a', basestring), isinstance('a', basestring), issubclass(unicode, basestring)
print type('a') == str, type(u'a') == unicode, type(u'a') == str, type('a') is str
print str(u'abc') == 'abc', type(str(u'abc')).__name__, type(unicode('abc')).__name__
try:
    str(u'caf\xe9')
except UnicodeEncodeError, e:
    print 'UnicodeEncodeError:', e
