vals = [3, 0, 5]
print any(vals), all(vals), any([]), all([])
print sum(v > 2 for v in vals), [v for v in vals if v]
