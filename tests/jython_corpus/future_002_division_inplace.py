from __future__ import division
x = 10
x /= 4
print x
y = 9
y //= 2
print y
