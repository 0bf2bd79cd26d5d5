# java: java integer cache
from java.lang import Integer
print Integer.valueOf(100) == Integer.valueOf(100), Integer.parseInt('7') + 1
