vals = [3, 8, 12]
print any(v > 10 for v in vals), all(v > 1 for v in vals)
print sum(1 for v in vals if v % 2 == 0)
print list(v * 2 for v in vals)
