tags = [('a', 3), ('b', 1), ('c', 2)]
print min(tags, key=lambda t: t[1])
print max(tags, key=lambda t: t[1])
print max("apple", "fig", "banana", key=len)
print min([4, 2, 8]), max(4, 2, 8)
