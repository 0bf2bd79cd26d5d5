print 0.1 + 0.2
print repr(0.1 + 0.2)
print 1e20, 1e-5, 1.0, 100000000000000000000.0
print str(1.0/3), repr(1.0/3)
