# Ordered Java maps for a recipe table.
from java.util import TreeMap, LinkedHashMap

tm = TreeMap()
for k, v in [('b', 2), ('a', 1), ('c', 3)]:
    tm.put(k, v)
print tm, tm.firstKey(), tm.lastKey(), list(tm.keySet())
lm = LinkedHashMap()
for k in ['zeta', 'alpha', 'mid']:
    lm.put(k, len(k))
print lm, list(lm.keySet()), lm.get('alpha')
print tm.containsKey('a'), tm.size(), lm.remove('zeta'), lm
