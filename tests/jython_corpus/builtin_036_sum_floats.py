vals = [0.1] * 10
print sum(vals)
print repr(sum(vals))
print sum(vals) == 1.0
