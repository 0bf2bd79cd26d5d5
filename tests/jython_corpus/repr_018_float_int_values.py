print 1e0, 1.0e1, 5e-1
print 1.5e3, repr(1500.0)
print float("1e5"), float(".5")
