# java: java arrays aslist
from java.util import Arrays
l = Arrays.asList(1, 2, 3)
print l, l.size(), l.get(0)
