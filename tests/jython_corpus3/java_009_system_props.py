# java.lang.System helpers that do not depend on the machine.
from java.lang import System, Integer

arr = [3, 1, 2]
print Integer.compare(1, 2), Integer.signum(-5), Integer.bitCount(255)
print Integer.MIN_VALUE, Integer.parseInt('-7')
print Integer.toString(255, 16), Integer.toOctalString(8)
print type(System.currentTimeMillis()).__name__
