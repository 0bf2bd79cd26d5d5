from collections import OrderedDict
od = OrderedDict()
od['zeta'] = 1
od['alpha'] = 2
od['mid'] = 3
print od.keys()
print od
print od.items()[0]
