# repr of unicode holding various characters.
samples = [u'plain', u'tab\there', u'quote\'s', u'both \' "', u'\xe9\xe8', u'\u20ac100', u'\U0001F600'[:1] if False else u'\u2603',
           u'\x00\x1f', u'back\\slash']
for s in samples:
    print repr(s), len(s)
print repr(u'\u20ac'.encode('utf-8')), repr(u'\u20ac'.encode('utf-16-be'))
print repr('\x80abc'.decode('latin-1')), repr(u'\xff'.encode('latin-1'))
