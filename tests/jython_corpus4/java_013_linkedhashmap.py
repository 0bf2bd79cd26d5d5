from java.util import LinkedHashMap
m = LinkedHashMap()
for k in ['z', 'a', 'm']:
    m.put(k, k.upper())
print m
print list(m.keySet()), m.get('a')
