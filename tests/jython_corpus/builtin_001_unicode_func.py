u = unicode("abc")
print u, type(u).__name__
print repr(u)
print unicode(42), repr(unicode(4.5))
