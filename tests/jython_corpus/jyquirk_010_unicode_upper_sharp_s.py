s = u"Stra\xdfe"
print repr(s.upper())
print repr(s.lower()), len(s.upper())
print repr(u"\xdf".upper())
