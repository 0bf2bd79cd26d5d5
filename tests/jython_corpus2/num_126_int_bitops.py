# num: int bitops
print 5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3
print 1 << 40, type(1 << 40)
