# The module functions share one generator.
import random

random.seed(100)
a = random.random()
b = random.randint(1, 10)
random.seed(100)
print a == random.random(), b == random.randint(1, 10)
print '%.12f' % a, b
