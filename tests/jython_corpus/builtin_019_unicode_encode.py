s = u"abc"
e = s.encode("utf-8")
print repr(e), type(e).__name__
d = "xyz".decode("ascii")
print repr(d), type(d).__name__
