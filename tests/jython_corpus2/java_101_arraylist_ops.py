# java: arraylist ops
from java.util import ArrayList
l = ArrayList()
l.add('a')
l.add('b')
l.add(0, 'z')
print l, l.size(), l.get(1), l.indexOf('b'), l.contains('z')
l.remove(0)
print l
