print 1 + 2, "x" * 3, [0] * 2
print not True, 5 > 3
print len("abc") == 3
