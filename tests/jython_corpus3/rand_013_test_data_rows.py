# Generating reproducible test rows for a dataset.
import random


def make_rows(seed, n):
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        rows.append(['T%03d' % rng.randint(1, 999), round(rng.uniform(0, 100), 2),
                     rng.choice(['Good', 'Bad', 'Uncertain'])])
    return rows


for row in make_rows(77, 5):
    print row
print make_rows(77, 2) == make_rows(77, 2), make_rows(77, 2) == make_rows(78, 2)
