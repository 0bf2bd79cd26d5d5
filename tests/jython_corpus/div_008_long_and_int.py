a = 123456789012345678901234567890L
print a / 1000
print a / -1000
print 5L / 2
print type(5L / 2).__name__
