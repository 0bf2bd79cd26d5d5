print 5.5 % 2
print -5.5 % 2
print 5 % 2.5
print repr(7.1 % 1)
