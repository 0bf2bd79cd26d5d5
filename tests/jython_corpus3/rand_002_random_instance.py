# Separate generators for separate lines, each seeded with the line number.
import random

generators = dict((line, random.Random(line)) for line in [1, 2, 3])
for line in sorted(generators):
    g = generators[line]
    print line, g.randint(1, 100), g.randint(1, 100), '%.6f' % g.random()
same = random.Random(2)
print same.randint(1, 100) == random.Random(2).randint(1, 100)
