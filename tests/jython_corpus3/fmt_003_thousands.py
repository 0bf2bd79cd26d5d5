# Thousands separators for production counters.
counters = [0, 7, 1234, -98765, 1234567890, 2 ** 40, 12345678901234567890]
for c in counters:
    print '{:,}'.format(c), '{:>20,}|'.format(c)
print '{:,.2f}'.format(1234567.891), '{:,.0f}'.format(-0.5), '{:,}'.format(1234.5)
print '{0:,d}'.format(10 ** 6), format(1000000, ','), format(1234.5678, ',.1f')
