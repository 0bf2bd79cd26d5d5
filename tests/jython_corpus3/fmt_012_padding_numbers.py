# Zero padding and signs for device addresses and offsets.
for n in [0, 5, -5, 42, 65535]:
    print '{:05d}'.format(n), '{:+05d}'.format(n), '{: d}'.format(n), '{:x}'.format(n), '{:04X}'.format(n & 0xFFFF)
print '{:=+8.2f}|'.format(-3.5), '{:0>8}|'.format('ab'), '{:#010x}'.format(255)
print '%05d %+d %x %o %X %e' % (42, 42, 255, 8, 255, 12345.678)
print '%-8s|%8s|' % ('left', 'right'), '%c%c' % (72, 'i')
