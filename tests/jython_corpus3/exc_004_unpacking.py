# Unpacking a row with the wrong number of fields.
rows = [('T1', 80), ('T2',), ('T3', 5, 'x')]
for row in rows:
    try:
        name, level = row
        print name, level
    except ValueError, e:
        print 'bad row %r: %s' % (row, e)
try:
    a, b = 'xyz'
except ValueError, e:
    print e
