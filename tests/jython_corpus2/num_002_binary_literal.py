x = 0b101
print x, type(x)
print 0o17, type(0o17)
print bin(5)
