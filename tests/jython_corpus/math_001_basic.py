import math
print math.sqrt(16), math.sqrt(2)
print math.floor(2.7), math.ceil(2.1), math.floor(-2.5)
print math.pi
print math.e
