# exc: attr module
import math
try:
    math.nosuch
except AttributeError, e:
    print 'AttributeError'
