# A weighted pick written by hand with random.random().
import random

weights = [('low', 1), ('mid', 3), ('high', 6)]


def pick(rng):
    total = sum(w for name, w in weights)
    r = rng.random() * total
    upto = 0
    for name, w in weights:
        upto += w
        if r < upto:
            return name
    return weights[-1][0]


rng = random.Random(42)
counts = {}
for i in range(200):
    name = pick(rng)
    counts[name] = counts.get(name, 0) + 1
print sorted(counts.items())
