from __future__ import absolute_import
import math
print math.floor(7 / 2)
print 7 / 2
