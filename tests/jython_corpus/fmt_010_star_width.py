print "%*d|" % (6, 42)
print "%-*s|" % (6, "ab")
print "%.*f" % (3, 2.0)
