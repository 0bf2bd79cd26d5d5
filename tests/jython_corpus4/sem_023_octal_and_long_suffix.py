size = 10L
print size * 2, type(size * 2)
print int(size), type(int(size))
print 0L, -0L
