from java.util import TreeSet
ts = TreeSet()
for v in [5, 1, 3, 1]:
    ts.add(v)
print ts, ts.size(), ts.first(), ts.last()
print ts.contains(3)
