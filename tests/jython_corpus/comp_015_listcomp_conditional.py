vals = [5, -2, 0, 7, -9]
print [v if v > 0 else 0 for v in vals]
print [abs(v) for v in vals if v]
print v
