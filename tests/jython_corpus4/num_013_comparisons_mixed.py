print 1 == 1.0, 1L == 1, 2 < 2.5
print cmp(1, 2), cmp(2, 1), cmp(1.0, 1), cmp('a', 'b')
print max(1, 2L, 1.5), min(3, 2.0)
print sorted([3, 1.5, 2L, -1])
