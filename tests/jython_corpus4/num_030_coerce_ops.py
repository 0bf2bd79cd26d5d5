print 5 + 2.0, 5 * 2L, 5L / 2, 5.0 // 2
print type(5 + 2L), type(2L * 2.0), type(3 // 2)
print 2 ** 3 ** 2, -2 ** 2
