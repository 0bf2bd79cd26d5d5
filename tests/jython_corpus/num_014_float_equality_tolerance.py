a = 0.1 * 3
print a == 0.3
print abs(a - 0.3) < 1e-9
print 1e100, 1e100 * 10
