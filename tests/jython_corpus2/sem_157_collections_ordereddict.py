# sem: collections ordereddict
from collections import OrderedDict
d = OrderedDict()
d['z'] = 1
d['a'] = 2
print d.keys(), d.items(), d
