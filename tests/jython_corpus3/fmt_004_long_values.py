# Formatting long values (millisecond timestamps, big counters).
t0 = 1600000000000L
t1 = 1600000001500L
print '{0}'.format(t0), '{}'.format(t1 - t0), '{0:d}'.format(t1)
print '{:x}'.format(t0), '{:X}'.format(2 ** 40), '{:o}'.format(8L), '{:b}'.format(5L)
print '{:>16}|'.format(t0), '{:016d}'.format(5L), '{:+d}'.format(7L)
print '{0:.1f}'.format(t0), '{:e}'.format(t0)
print format(t0), format(t0, 'd'), repr(format(t0, ''))
print '{!r}'.format(t0), '{!s}'.format(t0), str(t0), repr(t0)
