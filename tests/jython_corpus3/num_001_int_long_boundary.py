# 32-bit ints: past 2**31 - 1 values are long.
counters = [2147483647, 2147483648, -2147483648, -2147483649, 2 ** 40, 1600000000000]
for c in counters:
    print repr(c), type(c).__name__, isinstance(c, int)
print repr(2 ** 31 - 1), repr(int(3e9)), repr(int('3000000000'))
print repr(long(5)), repr(5L * 2), repr(10L / 3), repr(abs(-5L))
