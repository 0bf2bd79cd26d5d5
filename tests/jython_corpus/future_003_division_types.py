from __future__ import division
r = 6 / 3
print r, type(r).__name__
print repr(1 / 3)
print 10L / 4
