# sem: map filter lists
print map(str, [1, 2]), filter(lambda x: x > 1, [1, 2, 3]), type(map(str, []))
print map(lambda a, b: a + b, [1, 2], [3, 4])
