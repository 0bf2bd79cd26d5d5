a, b = 0xF0, 0x3C
print a & b, a | b, a ^ b, ~a, a << 4, a >> 2
print 1 << 31, 1 << 32, type(1 << 31)
print -1 >> 1, -16 >> 2
print bin(10), bin(-10), bin(2 ** 33)
