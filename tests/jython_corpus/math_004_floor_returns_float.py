import math
f = math.floor(7 / 2)
print f, type(f).__name__
print int(math.ceil(10 / 3.0))
