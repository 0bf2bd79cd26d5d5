from java.util import TreeMap
tm = TreeMap()
for k in ['pear', 'apple', 'fig']:
    tm.put(k, len(k))
print tm
print tm.firstKey(), tm.lastKey()
