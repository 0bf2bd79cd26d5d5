# java: java collections sort
from java.util import ArrayList, Collections
l = ArrayList()
for x in [3, 1, 2]:
    l.add(x)
Collections.sort(l)
print l, Collections.max(l), Collections.min(l)
