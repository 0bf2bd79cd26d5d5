print 6 / 3, 6.0 / 3, 6 / 3.0
print repr(6 / 3), repr(6.0 / 3)
print 2 ** 3 / 3
print 2 ** -1
