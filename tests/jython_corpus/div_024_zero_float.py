try:
    print 5 / 0
except ZeroDivisionError, e:
    print "int:", e
try:
    print 5.0 / 0
except ZeroDivisionError, e:
    print "float:", e
