import math
import string
print math.__name__, string.__name__
print type(len), len, math.sqrt(4)
