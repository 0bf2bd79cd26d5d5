print 0.1 + 0.2
print repr(0.1 + 0.2)
print 1.1 * 3
print repr(1.1 * 3)
