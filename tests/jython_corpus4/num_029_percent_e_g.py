# %g, %G, %.3g and %e of small, large and plain floats.
for v in [0.0001, 123456789.0, 1.0, 0.5e-10, 1e100]:
    print '%g|%G|%.3g|%e' % (v, v, v, v)
