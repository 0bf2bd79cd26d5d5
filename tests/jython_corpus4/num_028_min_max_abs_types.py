vals = [3, -7L, 2.5, -0.5]
print min(vals), max(vals), abs(vals[1]), type(abs(vals[1]))
print sum(vals), sum([1, 2L])
