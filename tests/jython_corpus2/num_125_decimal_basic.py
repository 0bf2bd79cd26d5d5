# num: decimal basic
from decimal import Decimal
d = Decimal('1.10') + Decimal('2.20')
print d, repr(d)
print Decimal('10') / Decimal('4')
