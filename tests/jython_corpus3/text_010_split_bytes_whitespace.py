# Splitting a fixed-width line on whitespace: bytes split on ASCII whitespace only.
line = 'T-101\xa0Level 85.2\tOK\r\n'
fields = line.split()
print len(fields), fields
print 'a\xa0b c'.split(), 'a\x85b'.split()
print u'a\xa0b c'.split()
print '  lead and trail  '.split()
print 'one,two,,three'.split(','), 'a b c'.split(None, 1)
print 'a  b'.rsplit(), 'x\xa0 y'.rsplit()
