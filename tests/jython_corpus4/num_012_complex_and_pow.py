print 2 ** 10, 2.0 ** 10, 10 ** -2
print pow(4, 0.5), 9 ** 0.5
try:
    print (-8) ** (1.0 / 3)
except ValueError, e:
    print 'ValueError:', e
print abs(-3), abs(-3.5)
