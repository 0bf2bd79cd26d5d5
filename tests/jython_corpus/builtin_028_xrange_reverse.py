for i in xrange(5, 0, -2):
    print i,
print
print list(reversed(xrange(4)))
