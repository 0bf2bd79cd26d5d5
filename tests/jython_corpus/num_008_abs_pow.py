print abs(-3), abs(-3.5), abs(-2 ** 70)
print pow(2, 8), pow(2.0, 3), pow(2, -2)
print pow(3, 4, 5), 2 ** 0.5
print (-8) ** 2, -8 ** 2
