vals = [0.1, 1.0 / 3, 2.0, 1e16, 1e-5]
for v in vals:
    print "%s | %r" % (v, v)
