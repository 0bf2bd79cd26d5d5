total = 0
for i in xrange(10):
    total += i
print total
print list(xrange(2, 10, 3))
print len(xrange(5))
r = xrange(3)
print r[1]
