from java.util import LinkedHashMap
m = LinkedHashMap()
m.put('z', 1)
m.put('a', 2)
print m, m.size(), m.containsKey('a')
for k in m.keySet():
    print k,
