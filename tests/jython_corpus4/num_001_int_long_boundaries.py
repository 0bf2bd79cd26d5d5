maxint = 2147483647
print maxint, type(maxint)
print maxint + 1, type(maxint + 1)
print -maxint - 1, type(-maxint - 1), type(-maxint - 2)
print 2 ** 31, type(2 ** 31), type(2 ** 30)
print 2 ** 62, 2 ** 63, type(2 ** 64)
print type(10L), 10L, repr(10L)
