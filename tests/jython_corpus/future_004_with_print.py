from __future__ import division
vals = [1, 2, 3]
print sum(vals) / len(vals)
print "half of 5 is", 5 / 2
