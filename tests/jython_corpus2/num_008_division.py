# num: division (Jython 2.7 vs Python 2 docs)
print 7 / 2, -7 / 2, 7 // 2, 7.0 / 2, -7 % 3, 7 % -3
print divmod(-7, 2), divmod(7.5, 2)
