# randrange with steps and negative ranges.
import random

random.seed(7)
print [random.randrange(0, 100, 10) for i in range(5)]
print [random.randrange(-10, 10) for i in range(5)]
print [random.randrange(10, 0, -3) for i in range(4)]
print [random.randrange(5) for i in range(5)]
try:
    random.randrange(0)
except ValueError, e:
    print 'ValueError:', e
try:
    random.randrange(1, 1)
except ValueError, e:
    print 'ValueError:', e
