# java: java long overflow
from java.lang import Long
print Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE + 1
