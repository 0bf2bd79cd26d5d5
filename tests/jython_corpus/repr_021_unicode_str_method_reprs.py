s = u"abc"
print repr(s.upper()), repr(s[0]), repr(s * 2)
print repr(s.split(u"b"))
print repr("abc".split(u"b"))
