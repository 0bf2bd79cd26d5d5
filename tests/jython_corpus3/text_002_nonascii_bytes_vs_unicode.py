# A byte string holding Latin-1 bytes never equals the unicode of the same text in Python 2:
# the bytes are decoded as ASCII for the comparison, which fails, so they are unequal.
def same_site(name):
    if name == 'Caf\xe9 Line':
        return 'bytes literal matched'
    if name == u'Caf\xe9 Line':
        return 'unicode literal matched'
    return 'no match'


print same_site(u'Caf\xe9 Line')
print same_site(u'Caf\xe9 Line'.encode('latin-1'))
print same_site(u'Pump')
print u'Caf\xe9' == 'Caf\xe9', 'Caf\xe9' == u'Caf\xe9', u'Caf\xe9' != 'Caf\xe9'
print 'caf\xc3\xa9' == u'caf\xe9', u'caf\xe9'.encode('utf-8') == 'caf\xc3\xa9'
print 'Caf\xe9'.decode('latin-1') == u'Caf\xe9', 'abc' == u'abc'
