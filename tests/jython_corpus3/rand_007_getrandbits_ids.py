# Generating pseudo-random identifiers from getrandbits.
import random

random.seed(31337)
ids = [random.getrandbits(16) for i in range(4)]
print ids
big = random.getrandbits(64)
print type(big).__name__, big > 0, '%x' % big
print '%08X' % random.getrandbits(32)
print [random.getrandbits(1) for i in range(10)]
