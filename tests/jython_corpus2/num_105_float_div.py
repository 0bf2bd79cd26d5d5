# num: float div
print 1 / 3.0, 2.0 / 3, 10 / 4.0
print 1e300 * 10
