for v in ["s", u"u", 5, None]:
    print repr(v), isinstance(v, basestring)
print isinstance("x", str), isinstance(u"x", str)
print isinstance(u"x", unicode), isinstance("x", unicode)
