x = 5
print 1 < x < 10, 1 < x > 10, x == 5 == 5.0
print None < 1 < 2, 'a' < 'b' < 'c'
print 1 < 2 > 1.5
