# num: math trig
import math
print round(math.sin(math.pi / 2), 6), round(math.cos(0), 6), math.degrees(math.pi)
print math.log(math.e), math.log10(1000), math.hypot(3, 4)
