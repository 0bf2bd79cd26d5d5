print abs(-4), abs(-4.5), abs(-4L)
print divmod(9, 4)
print pow(2, 10), pow(2, 10, 1000)
print sum([1, 2, 3], 10)
