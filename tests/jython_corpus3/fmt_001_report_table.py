# A fixed-width report table with str.format alignment.
rows = [(u'Tank 1', 80.5, 1200), (u'Mixer', 7.25, 35), ('Boiler', 101.0, 1234567)]
header = '{0:<10}|{1:>8}|{2:>12}'.format('name', 'level', 'count')
print header
print '-' * len(header)
for name, level, count in rows:
    line = '{0:<10}|{1:>8.2f}|{2:>12,}'.format(name, level, count)
    print line, type(line).__name__
print u'{0:^10}|'.format('mid'), repr(u'{0:^10}|'.format('mid'))
print repr('{:>10}'.format(u'abc')), repr('{:*<6}'.format(u'ab'))
