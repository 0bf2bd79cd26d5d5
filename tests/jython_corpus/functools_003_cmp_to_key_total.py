import functools
def by_second(a, b):
    return cmp(a[1], b[1])
print sorted([(1, 'c'), (2, 'a'), (3, 'b')], key=functools.cmp_to_key(by_second))
print sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda x, y: cmp(x.lower(), y.lower())))
