# java: hashmap ops
from java.util import HashMap
m = HashMap()
m.put('k', 1)
print m.get('k'), m.get('x'), m.containsKey('k'), m.size(), m.isEmpty()
print m.remove('k'), m
