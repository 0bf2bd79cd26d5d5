# jutil: headMap/tailMap/subMap slices of alarm counts by hour
from java.util import TreeMap
counts = TreeMap()
for hour in [6, 7, 8, 9, 14, 15, 22]:
    counts.put(hour, hour % 4)
print counts.headMap(8), counts.headMap(8, True)
print counts.tailMap(14), counts.tailMap(14, False)
print counts.subMap(7, 15), counts.subMap(7, False, 15, True)
print counts.descendingMap()
print counts.descendingKeySet(), counts.navigableKeySet()
first = counts.pollFirstEntry()
print first.getKey(), first.getValue(), counts.firstKey(), counts.lastEntry()
print counts.remove(22), counts.remove(99), counts
