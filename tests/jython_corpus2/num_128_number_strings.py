# num: number strings
print '%s %s %s' % (1, 1.0, 1L)
print str(1.0e10), str(1.0e16), str(1e-4), str(1e-5)
