u = u"  Stra\xdfe  "
print repr(u.strip()), repr(u.upper()), repr(u.lower())
print u.strip().startswith(u"Str")
