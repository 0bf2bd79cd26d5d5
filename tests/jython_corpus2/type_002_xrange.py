x = xrange(5)
print x
print type(x)
print xrange(1, 10, 2)
print list(xrange(3)), len(xrange(10))
