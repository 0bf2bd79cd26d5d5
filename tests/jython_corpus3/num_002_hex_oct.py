# hex() and oct() of ints and longs; int() parsing with bases.
for v in [0, 8, 255, 2 ** 31, 2 ** 40, -1]:
    print hex(v), oct(v)
print int('ff', 16), int('0x1f', 16), int('017', 8), int('0b101', 2), int('  12  ')
print int('017', 0), int('0x10', 0), long('ff', 16), repr(long('7'))
print '%x %o %X' % (255, 8, 3000000000L), '%#x %#o' % (255, 8)
