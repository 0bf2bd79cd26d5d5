print '{0:5d}|{1:<6}|{2:>6}|'.format(42, 'ab', 'cd')
print '{0:.2f} {0:e} {0:g}'.format(1234.5678)
print '{0:08.3f}'.format(-3.14159)
print '{0:^9}|'.format('mid')
