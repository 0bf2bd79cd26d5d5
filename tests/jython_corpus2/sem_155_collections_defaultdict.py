# sem: collections defaultdict
from collections import defaultdict
d = defaultdict(list)
d['a'].append(1)
d['b']
print sorted(d.items()), d['a']
