x = 2147483647
print repr(x)
x += 1
print repr(x), type(x).__name__
y = 65536 * 65536
print repr(y)
print repr(3000000000 - 1000000000)
