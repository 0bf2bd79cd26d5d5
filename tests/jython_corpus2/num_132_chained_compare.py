# num: chained compare
x = 5
print 1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 <= x <= 4
