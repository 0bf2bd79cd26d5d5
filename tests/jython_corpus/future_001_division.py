from __future__ import division
print 7 / 2
print 8 / 2
print -7 / 2
print 7 // 2
