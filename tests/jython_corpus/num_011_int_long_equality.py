print 5 == 5L, 5L == 5.0
print hash(5) == hash(5L)
print 2 ** 31 == 2147483648
print 10 ** 18 < 10 ** 19
