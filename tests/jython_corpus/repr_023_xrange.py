# xrange objects print as Jython shows them, not as Python 3's range
print xrange(3), repr(xrange(1, 5)), xrange(0, 10, 3), xrange(5, 0, -1)
print xrange(0), xrange(2, 2), str(xrange(-3))
rows = xrange(4)
print [rows], len(rows), rows[-1], 2 in rows, list(reversed(rows))
print "%s|%r" % (xrange(2), xrange(1, 3))
try:
    rows[9]
except IndexError, e:
    print 'IndexError', e
