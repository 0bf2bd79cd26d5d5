vals = [0.1, 1.0 / 3, 2.0 / 3, 1e16, 1e-5, 123456789.123, 0.1 + 0.2, 1e22, 1.0]
for v in vals:
    print str(v), repr(v), v
print [0.1, 0.2], (1.0 / 3,)
