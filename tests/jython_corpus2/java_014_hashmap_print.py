from java.util import HashMap, ArrayList
m = HashMap()
m.put('a', 1)
print m
l = ArrayList()
l.add(1)
l.add(2)
print l
print str(l), repr(l)
