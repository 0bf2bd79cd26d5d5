s = u'Temp 25\xb0C'
try:
    s.encode('ascii')
except UnicodeEncodeError, e:
    print 'UnicodeEncodeError:', e
print repr(s.encode('ascii', 'replace')), repr(s.encode('ascii', 'ignore'))
print repr(s.encode('ascii', 'xmlcharrefreplace'))
