import math
print math.fabs(-3), math.pow(2, 10), math.fmod(-7, 3)
print math.hypot(3, 4), math.trunc(-2.7)
print math.factorial(10)
