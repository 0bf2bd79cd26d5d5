try:
    print 5 % 0
except ZeroDivisionError, e:
    print "caught", e
try:
    print divmod(5, 0)
except ZeroDivisionError, e:
    print "caught", e
