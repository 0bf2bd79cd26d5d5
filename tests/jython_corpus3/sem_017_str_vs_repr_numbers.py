# str and repr of floats and longs in containers and alone.
vals = [0.1, 1.0 / 3, 2.0, 1e22, 1.5e-8, 123456789.123456789, 2 ** 40, -0.0]
for v in vals:
    print str(v), repr(v), '%s' % v, '%r' % v
print vals
print (0.1, 2 ** 31), {'x': 1.0 / 3}
