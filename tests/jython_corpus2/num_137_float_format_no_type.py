# a float formatted with a width but no type prints its 12-digit str(), as Python 2 does
vals = [1/3.0, 2/3.0, 1.0, -1/3.0, 1e20, 1e-5, 123456789012.5, 1234567890123.0, 0.1, 100.0, float('inf'), -0.0, 12345.678901234567]
for spec in ['>14', '<14', '^16', '=+16', '016', '+', ' ', '10', '*>18', '', '.3', ',', '>20,']:
    print spec, '|'.join([format(v, spec) for v in vals])
print '{0:>14}|{1:<10}|{2:^12}'.format(1/3.0, 2.5, 10/7.0)
print 'Level: {0:>10} {1}'.format(2/3.0, 'm')
