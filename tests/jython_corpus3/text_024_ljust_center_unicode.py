# Padding helpers on unicode and bytes.
cols = [u'Tank', 'Level', u'\xc5rhus']
print '|'.join([c.ljust(8) for c in cols])
print '|'.join([c.rjust(8) for c in cols])
print '|'.join([c.center(9, '*') for c in cols])
print [type(c.ljust(8)).__name__ for c in cols], repr(u'x'.zfill(3)), repr('-5'.zfill(4))
print repr('ab'.ljust(4, u'-')) if False else repr(u'ab'.ljust(4, '-'))
