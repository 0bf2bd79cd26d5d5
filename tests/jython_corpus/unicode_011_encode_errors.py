u = u"na\xefve"
print repr(u.encode("ascii", "replace"))
print repr(u.encode("ascii", "ignore"))
try:
    u.encode("ascii")
except UnicodeEncodeError:
    print "UnicodeEncodeError"
