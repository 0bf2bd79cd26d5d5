from __future__ import division
try:
    print 1 / 0
except ZeroDivisionError, e:
    print "error:", e
print 1 // 1, 3 / 1
