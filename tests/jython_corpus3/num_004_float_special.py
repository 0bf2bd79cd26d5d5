# nan and inf in sensor data.
nan = float('nan')
inf = float('inf')
print nan, inf, -inf, nan == nan, inf > 1e308
import math
print math.isnan(nan), math.isinf(-inf)
try:
    int(nan)
except ValueError, e:
    print 'ValueError:', e
try:
    int(inf)
except OverflowError, e:
    print 'OverflowError:', e
print [x for x in [1.0, nan, 2.0] if not math.isnan(x)]
print max(1.0, 2.0), min(inf, 5), abs(-inf)
