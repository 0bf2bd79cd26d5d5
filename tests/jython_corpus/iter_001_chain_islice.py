import itertools
print list(itertools.chain([1, 2], (3,), "ab"))
print list(itertools.islice(itertools.count(10), 3))
print list(itertools.islice("abcdef", 1, 5, 2))
