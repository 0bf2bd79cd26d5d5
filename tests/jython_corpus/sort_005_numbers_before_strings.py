print 1 < "a"
print 999999 < ""
print 1.5 < "0"
print [1, 2] < "a"
