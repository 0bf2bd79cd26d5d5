print "%5d|" % 42
print "%-5d|" % 42
print "%05d" % 42
print "%+d %+d" % (5, -5)
print "%x %X %o" % (255, 255, 8)
