from java.util import HashMap
m = HashMap()
m.put('b', 2)
m.put('a', 1)
print m.get('a'), m.get('zz'), m.containsKey('b'), m.size()
print sorted(m.keySet())
