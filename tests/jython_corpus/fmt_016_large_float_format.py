print "%f" % 1e20
print "%.3e" % 123456.789
print "%G" % 0.000012345
print "%s" % 1e300
