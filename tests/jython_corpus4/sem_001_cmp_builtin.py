pairs = [(1, 2), ('b', 'a'), ([1, 2], [1, 3]), ((1,), (1,)), (None, 0), ({}, {})]
for a, b in pairs:
    print cmp(a, b),
print
print sorted([3, 1, 2], cmp=lambda a, b: cmp(b, a))
