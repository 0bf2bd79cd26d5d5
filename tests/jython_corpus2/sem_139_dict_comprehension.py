# sem: dict comprehension
d = {k: v for k, v in [('a', 1)]}
print d, {x for x in [1, 1]}
