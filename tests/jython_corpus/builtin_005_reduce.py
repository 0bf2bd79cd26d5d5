print reduce(lambda a, b: a + b, [1, 2, 3, 4])
print reduce(lambda a, b: a * b, range(1, 6), 1)
print reduce(lambda acc, s: acc + s.upper(), ["a", "b"], "")
