# java: java arraylist from list
from java.util import ArrayList
l = ArrayList([3, 1, 2])
print l, l.size(), sorted(l)
