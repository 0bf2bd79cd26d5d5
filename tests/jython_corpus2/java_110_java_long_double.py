# java: java long double
from java.lang import Long, Double
print Long.parseLong('9000000000'), Double.valueOf('2.5'), Double.MAX_VALUE > 1e300
print Long.toString(10), Double.isNaN(float('nan'))
