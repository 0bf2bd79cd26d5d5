# num: math module
import math
print math.floor(2.5), math.ceil(2.1), math.sqrt(16), math.pi
print type(math.floor(2.5)), math.fabs(-2)
