print '{0:d} {1:.3f} {2:>8} {3:<4}|'.format(42, 3.14159, 'x', 'ab')
print '{0:05d} {0:x} {0:o} {0:b}'.format(42)
print '{:,}'.format(1234567)
print '{0:+.1e}'.format(12345.678)
