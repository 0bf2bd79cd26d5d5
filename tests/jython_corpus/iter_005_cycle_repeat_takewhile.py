import itertools
c = itertools.cycle("xy")
print [c.next() for _ in range(5)]
print list(itertools.repeat(7, 3))
print list(itertools.takewhile(lambda v: v < 3, [1, 2, 3, 1]))
print list(itertools.dropwhile(lambda v: v < 3, [1, 2, 3, 1]))
