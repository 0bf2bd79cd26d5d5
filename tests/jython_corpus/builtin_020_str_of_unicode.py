u = u"hello"
s = str(u)
print repr(s), type(s).__name__
print repr(u + "!"), type(u + "!").__name__
print repr("a" + u"b")
