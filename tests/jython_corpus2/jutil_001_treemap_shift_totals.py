# jutil: per-line production totals in a TreeMap print and iterate in key order
from java.util import TreeMap
totals = TreeMap()
for line, count in [('L3', 120), ('L1', 95), ('L10', 40), ('L2', 77), ('L1', 5)]:
    prev = totals.get(line)
    totals.put(line, count + (prev or 0))
print totals
print totals.firstKey(), totals.lastKey(), repr(totals.firstKey())
for line in totals.keySet():
    print line, totals.get(line)
print totals.values(), totals.size(), totals.containsKey('L2')
print sorted(totals.items())
