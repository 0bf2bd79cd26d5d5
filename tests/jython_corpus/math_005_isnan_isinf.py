import math
print math.isnan(float('nan')), math.isinf(float('inf'))
print math.copysign(1, -0.0), math.modf(3.5)
print math.frexp(8.0), math.ldexp(0.5, 4)
