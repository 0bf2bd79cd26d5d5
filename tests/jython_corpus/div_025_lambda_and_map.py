halves = map(lambda v: v / 2, [1, 2, 3, 4, 5])
print halves
print [v / 3 for v in range(-4, 5)]
