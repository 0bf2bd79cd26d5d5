# sem: itertools product
import itertools
print list(itertools.product('ab', [1, 2]))
print list(itertools.combinations([1, 2, 3], 2))
print len(list(itertools.permutations('abc')))
