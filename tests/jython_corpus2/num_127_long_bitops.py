# num: long bitops
x = 2 ** 40
print x & 0xFF, x >> 38, x | 1
print type(x >> 38)
