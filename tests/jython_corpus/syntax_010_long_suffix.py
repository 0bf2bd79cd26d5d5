a = 5l
print a, repr(a)
print 0L, repr(0L)
print 0x10L, 017L
