x = long(5)
print x, repr(x), type(x).__name__
print long("123456789012345678901234567890")
print long(3.9), long(-3.9)
