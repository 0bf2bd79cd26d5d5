# round() and %.Nf of halves and thirds.
for v in [2.5, 3.5, 0.125, 0.375, 10.0 / 3]:
    print '%.0f %.1f %.2f' % (v, v, v), round(v, 1)
