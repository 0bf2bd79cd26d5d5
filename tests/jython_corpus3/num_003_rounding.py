# Rounding for display: round() is half away from zero; floats print to 12 digits.
for v in [0.5, 1.5, 2.5, -0.5, 2.675, 1.005, 123.456]:
    print v, round(v), round(v, 1), round(v, 2), '%.2f' % v
print 1.0 / 3, 2.0 / 3, 10.0 / 7, 1e16, 1e-7, 123456789.123
print str(0.1 + 0.2), repr(0.1 + 0.2), 0.1 + 0.2 == 0.3
import math
print math.floor(2.5), math.ceil(2.1), type(math.floor(2.5)).__name__, int(2.9), int(-2.9)
