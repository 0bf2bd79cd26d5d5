# Random setpoints rounded for display.
import random

random.seed(2)
for i in range(5):
    sp = random.uniform(10, 20)
    print round(sp, 2), '%.1f' % sp, int(sp)
print random.randint(0, 0), random.choice('xyz'), random.choice((7, 8, 9))
