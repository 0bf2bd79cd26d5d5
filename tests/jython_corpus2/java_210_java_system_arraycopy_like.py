# java: java system arraycopy like
from java.util import Arrays
a = Arrays.asList('b', 'a')
print a, a.contains('a'), a.indexOf('a')
