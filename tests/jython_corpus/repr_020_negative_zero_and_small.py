print -0.0, repr(-0.0)
print 1e-300 * 1e-300
print 0.000001, 0.0000001
