s = u"caf\xe9"
b = s.encode("utf-8")
print repr(b), len(b)
print repr(b.decode("utf-8"))
print repr(s.encode("latin-1"))
