# jutil: a report built from a tag-value dict through a TreeMap (sorted keys, unicode names)
from java.util import TreeMap
values = {'Tank2/Level': 55.1, 'Tank1/Level': 72.0, 'Tank10/Level': 12.3, 'Pump1/Amps': 8.5}
ordered = TreeMap(values)
lines = []
for e in ordered.entrySet():
    lines.append('%-14s %6.1f' % (e.getKey(), e.getValue()))
print '\n'.join(lines)
print ordered.keySet()
print repr(ordered.firstKey()), type(ordered.lastKey()).__name__
print ordered.toString()
print dict(ordered) == values, len(ordered)
