# Test data: normal and exponential noise with fixed seeds, printed to 6 places.
import random

random.seed(99)
print ['%.6f' % random.gauss(20.0, 1.5) for i in range(4)]
print ['%.6f' % random.normalvariate(0, 1) for i in range(3)]
print ['%.6f' % random.expovariate(0.5) for i in range(3)]
print ['%.6f' % random.triangular(0, 10) for i in range(3)]
print '%.6f' % random.lognormvariate(0, 0.25)
