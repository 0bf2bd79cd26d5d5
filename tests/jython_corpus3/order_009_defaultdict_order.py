# defaultdict in Jython is not a ConcurrentHashMap: it iterates in its own order.
from collections import defaultdict

groups = defaultdict(list)
for tag, area in [('zeta', 'N'), ('alpha', 'S'), ('mid', 'N'), ('b', 'S'), ('a', 'E')]:
    groups[area].append(tag)
print sorted(groups.items())
byname = defaultdict(int)
for name in ['zeta', 'alpha', 'mid', 'b', 'a']:
    byname[name] += 1
print byname.keys()
print dict(byname)
