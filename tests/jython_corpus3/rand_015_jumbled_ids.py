# Scrambling operator ids reproducibly for an anonymised export.
import random


def scramble(ids, seed):
    r = random.Random(seed)
    pool = list(ids)
    r.shuffle(pool)
    return dict(zip(ids, pool))


mapping = scramble(['op1', 'op2', 'op3', 'op4', 'op5'], 'export-2024')
print sorted(mapping.items())
print scramble(range(6), 0)
print random.Random(0).sample('abcdefgh', 3), random.Random(1).choice(range(100))
