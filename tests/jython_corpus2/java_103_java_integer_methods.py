# java: java integer methods
from java.lang import Integer
print Integer.parseInt('-12'), Integer.toString(255, 16), Integer.MIN_VALUE
print Integer.compare(1, 2), Integer.signum(-5)
