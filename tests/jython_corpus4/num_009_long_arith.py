big = 12345678901234567890
print big * 3, big // 7, big % 1000
print str(big), repr(big)
print abs(-big), -big
print pow(2, 100), pow(2, 10, 1000)
print long(3.99), int(-3.99), int(2 ** 40 + 0.0)
