# Float formatting: g, e, f, % and the empty spec.
values = [0.0, 1.0, 0.1, 1.5, 100.0, 123456789.0, 1e16, 1e-5, 0.000123456, 1.0 / 3]
for v in values:
    print '{}'.format(v), '{:g}'.format(v), '{:.3g}'.format(v), '{:e}'.format(v)
print '{:G}'.format(1e-10), '{:.2%}'.format(0.1234), '{:%}'.format(1)
print '{:.0f} {:.0f} {:.0f}'.format(0.5, 1.5, 2.5), '{:.2f}'.format(2.675)
print str(1.0 / 3), repr(1.0 / 3), '%s' % (1.0 / 3), '%r' % (1.0 / 3)
print '{:10.4f}|'.format(3.14159), '{:<10.2e}|'.format(31415.9), '{:+.1f}'.format(-0.04)
