# num: comparison mixed num
print 1 == 1.0, 1L == 1, 2 > 1.5, cmp(2, 2.0)
print 0.1 + 0.2 == 0.3
