# num: divmod cases
print divmod(17, 5), divmod(-17, 5), divmod(17.5, 5)
print 17 % 5.0
