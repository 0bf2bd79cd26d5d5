print coerce(1, 2.5)
print coerce(1L, 2)
print cmp(1, 2), cmp('b', 'a'), cmp([1], [1])
