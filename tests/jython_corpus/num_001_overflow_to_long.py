x = 2 ** 30
print x * 4, type(x * 4).__name__
y = 2 ** 62
print y * 2, type(y * 2).__name__
print 2 ** 64
