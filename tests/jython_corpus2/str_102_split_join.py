# str: split join
s = 'a,b,,c'
print s.split(','), s.split(',', 1), ','.join(['x', 'y'])
print 'a b  c'.split(), 'line1\nline2'.splitlines()
