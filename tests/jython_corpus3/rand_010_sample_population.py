# Sampling from a larger population takes the set-based branch of sample().
import random

random.seed(11)
print random.sample(xrange(100000), 6)
print random.sample(range(30), 10)
print sorted(random.sample(set(range(50)), 3))
try:
    random.sample([1, 2], 3)
except ValueError, e:
    print 'ValueError:', e
