import math
print math.floor(2.7), math.ceil(2.1), math.trunc(-2.7)
print math.sqrt(16), math.pi, math.e
print math.fabs(-3), math.pow(2, 3), math.log(100, 10)
print math.hypot(3, 4), math.degrees(math.pi)
