for a, b in [(1, 0), (1.0, 0), (5L, 0), (3, 0.0)]:
    try:
        print a / b
    except ZeroDivisionError, e:
        print e
try:
    print 7 % 0
except ZeroDivisionError, e:
    print e
