s = "abc"
u = u"def"
r = s + u
print r, repr(r), type(r).__name__
print repr(u + s)
