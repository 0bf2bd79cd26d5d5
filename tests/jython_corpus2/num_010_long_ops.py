x = 2 ** 31
print x, type(x)
print type(2 ** 30), type(2147483647 + 1)
print 10L * 3, type(10L * 3)
print -2 ** 63
