# A seeded simulation of tank levels: the same numbers on every run.
import random


class TankSim(object):
    def __init__(self, name, level):
        self.name = name
        self.level = level

    def step(self, rng):
        delta = rng.uniform(-2.5, 2.5)
        self.level = max(0.0, min(100.0, self.level + delta))
        return self.level


random.seed(12345)
tanks = [TankSim('T%d' % i, 50.0) for i in range(3)]
for tick in range(4):
    print tick, ['%.3f' % t.step(random) for t in tanks]
print random.random()
