# sem: itertools misc
import itertools
print list(itertools.islice(itertools.count(5), 3))
print [k for k, g in itertools.groupby('aabbc')]
print list(itertools.chain([1], (2,)))
