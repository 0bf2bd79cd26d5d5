# jutil: a TreeSet of fault codes seen on a shift, sorted and de-duplicated
from java.util import TreeSet
codes = TreeSet()
for c in [503, 101, 503, 220, 101, 99]:
    codes.add(c)
print codes, codes.size(), len(codes)
print codes.first(), codes.last(), 220 in codes, codes.contains(7)
print codes.headSet(220), codes.tailSet(220), codes.subSet(100, 503)
print codes.ceiling(200), codes.floor(200), codes.higher(503), codes.lower(99)
print list(codes), [c * 2 for c in codes]
print codes.pollFirst(), codes.pollLast(), codes
print codes.descendingSet(), codes.add(220), codes.add(221), codes
