x = 3.14159
print "%f" % x
print "%.2f" % x
print "%8.3f|" % x
print "%-8.1f|" % x
print "%e" % x
