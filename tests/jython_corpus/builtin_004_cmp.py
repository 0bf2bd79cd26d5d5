print cmp(1, 2), cmp(2, 1), cmp(1, 1)
print cmp("a", "b"), cmp([1, 2], [1, 2])
print cmp(None, 0), cmp(1, "a")
