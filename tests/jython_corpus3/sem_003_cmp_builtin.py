# cmp() and sort with a cmp function, as older code sorts rows.
rows = [('T2', 5), ('T1', 9), ('T3', 5)]


def by_count_then_name(a, b):
    return cmp(b[1], a[1]) or cmp(a[0], b[0])


rows.sort(by_count_then_name)
print rows
print cmp(1, 2), cmp('b', 'a'), cmp([1, 2], [1, 3]), cmp((1,), (1,)), cmp(None, 0)
print cmp({'a': 1}, {'a': 2}), cmp({'a': 1}, {'b': 1, 'c': 2}), cmp({}, {})
print sorted(['b', 'A', 'c'], cmp=lambda x, y: cmp(x.lower(), y.lower()))
