print repr(-2147483647), type(-2147483647).__name__
print repr(-2147483648), type(-2147483648).__name__
print repr(-2147483649)
n = 0 - 2147483648
print repr(n), type(n).__name__
