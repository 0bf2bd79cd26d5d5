for v in [1e16, 1e15, 1e-5, 1e-4, 123456789.123, 2.0]:
    print v, repr(v)
print 1e16 == 10 ** 16
