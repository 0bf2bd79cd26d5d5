x = 5
print 1 < x < 10, 1 < x > 10, 0 <= x <= 5
print 1 == 1 == 1, 1 < 2 < 3 < 2
print 3 > x >= 1
