from collections import OrderedDict, Counter
od = OrderedDict([('zeta', 1), ('alpha', 2)])
print od
print repr(od)
print [od]
c = Counter('aab')
print c
print repr(c)
