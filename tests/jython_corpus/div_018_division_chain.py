print 100 / 10 / 3
print 100 / (10 / 3)
print 100 / 10 / 3.0
print 2 * 7 / 4
print 7 / 4 * 2
