from collections import OrderedDict
od = OrderedDict([('b', 1), ('a', 2)])
od['c'] = 3
del od['b']
od['b'] = 4
print od.items()
print od.popitem(), od.popitem(last=False)
