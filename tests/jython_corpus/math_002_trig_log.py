import math
print round(math.sin(math.pi / 2), 6), round(math.cos(0), 6)
print math.log(math.e), math.log10(1000), math.log(8, 2)
print math.exp(0), math.degrees(math.pi)
