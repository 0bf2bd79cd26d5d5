# Writing names to a legacy system that wants UTF-8 bytes, and reading them back.
names = [u'Station \xc5', u'Pump', u'M\xfcller']
encoded = [n.encode('utf-8') for n in names]
for n, e in zip(names, encoded):
    print repr(e), len(n), len(e), e == n, e.decode('utf-8') == n
latin = [n.encode('latin-1') for n in names]
print [repr(x) for x in latin]
print latin[0] == encoded[0], latin[1] == encoded[1]
print repr('abc'.decode('ascii')), repr(u'abc'.encode('ascii'))
try:
    u'M\xfcller'.encode('ascii')
except UnicodeEncodeError, e:
    print 'cannot encode:', e.start, e.end, e.reason
try:
    'M\xfcller'.decode('ascii')
except UnicodeDecodeError, e:
    print 'cannot decode:', e.start, e.end, e.reason
print repr(u'M\xfcller'.encode('ascii', 'replace')), repr(u'M\xfcller'.encode('ascii', 'ignore'))
