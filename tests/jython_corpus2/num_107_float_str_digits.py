# num: float str digits
for x in [3.14159265358979, 1/3.0, 2.0/3, 100.0/7, 1e16, 1.5e-7, 123456789.123]:
    print x, repr(x)
