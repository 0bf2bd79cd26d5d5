# java: java string format
from java.lang import String
print String.format('%05d|%.2f|%s', 42, 3.14159, 'x')
print String.valueOf(12)
