# Seeding with a batch id string (hash of the string) and with longs.
import random


def batch_values(seed, n):
    r = random.Random(seed)
    return [r.randint(0, 999) for i in range(n)]


print batch_values('BATCH-0042', 5)
print batch_values(u'BATCH-0042', 5)
print batch_values(1600000000000L, 4)
print batch_values(2 ** 64 + 3, 3)
print batch_values(-1, 3)
print batch_values(0, 3)
