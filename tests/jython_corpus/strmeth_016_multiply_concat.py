print "-" * 20
print "ab" * 3
print 3 * "x"
print "a" + "b" * 2
print [1, 2] * 2
