# Character codes in bytes and unicode.
print ord('A'), ord('\xe9'), ord(u'\xe9'), ord(u'\u20ac'), chr(97), repr(chr(233)), repr(unichr(0x20ac))
try:
    chr(300)
except ValueError, e:
    print 'ValueError:', e
try:
    ord('ab')
except TypeError, e:
    print 'TypeError:', e
print [ord(c) for c in 'caf\xc3\xa9'], [ord(c) for c in u'caf\xe9']
print repr(''.join(map(chr, [72, 105]))), repr(u''.join(map(unichr, [72, 233])))
