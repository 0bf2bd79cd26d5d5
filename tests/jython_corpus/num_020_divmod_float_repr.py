print divmod(7.5, 2), divmod(-7.5, 2)
print repr(7.5 // 2), repr(-7.5 % 2)
print 1.0 % 0.1
