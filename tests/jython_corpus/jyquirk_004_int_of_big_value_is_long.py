print repr(int(2 ** 31)), repr(int('3000000000'))
print repr(int(1e10)), repr(int(5L)), repr(long(5))
print repr(2 ** 31 / 2), repr((2 ** 31) // 3)
