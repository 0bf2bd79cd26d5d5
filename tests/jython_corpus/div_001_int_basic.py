a = 7
b = 2
print a / b
print 8 / 2
print 1 / 2
print 0 / 5
