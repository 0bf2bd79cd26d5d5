# %-formatting of floats: fixed, exponent, general, width and left alignment.
for f in [3.14159, 0.5, 1e10, 1.5e-7, -2.0, 100.0]:
    print '%.2f|%e|%g|%10.3f|%-8.1f|' % (f, f, f, f, f)
