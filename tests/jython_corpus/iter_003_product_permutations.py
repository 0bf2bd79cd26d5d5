import itertools
print list(itertools.product("ab", [1, 2]))
print list(itertools.permutations([1, 2, 3], 2))
print list(itertools.combinations("abcd", 2))
