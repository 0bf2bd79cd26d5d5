print sorted([3, 'a', None, 2.5, (1,), [1]])
print sorted(['b', 1, 'a', 0.5, None])
print sorted([u"b", "a", 1L, 0.5, -3])
