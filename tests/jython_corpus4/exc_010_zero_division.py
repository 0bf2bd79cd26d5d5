def ratio(a, b):
    try:
        return a / b
    except ZeroDivisionError, e:
        return 'ZeroDivisionError: %s' % e

print ratio(1, 0)
print ratio(1.0, 0)
print ratio(5L, 0)
try:
    print 7 % 0
except ZeroDivisionError, e:
    print 'mod:', e
try:
    divmod(3, 0)
except ZeroDivisionError, e:
    print 'divmod:', e
