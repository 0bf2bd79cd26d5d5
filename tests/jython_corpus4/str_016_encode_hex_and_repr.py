s = 'A\x00\xff'
print repr(s), s.encode('hex'), len(s)
print repr(s.upper()), repr(s.lower())
print repr('%s' % s), repr(str(s))
