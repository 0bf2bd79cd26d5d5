print 7 / 2.0
print 7.0 / 2
print -7 / 2.0
print 1 / 3.0
print 10 / 4.0
