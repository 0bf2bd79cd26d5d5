print 1e10 // 3
print 10 // 3.0
print divmod(-1.5, 1)
