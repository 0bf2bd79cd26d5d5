u = u"\xe9"
try:
    s = str(u)
    print "converted", repr(s)
except UnicodeEncodeError, e:
    print "UnicodeEncodeError"
