# java: java iterate list
from java.util import ArrayList
l = ArrayList()
l.add(1)
l.add(2)
for x in l:
    print x,
print
print len(l), 2 in l
