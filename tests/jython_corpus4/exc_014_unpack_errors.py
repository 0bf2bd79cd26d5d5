rows = [(1, 2), (1, 2, 3), (1,)]
for row in rows:
    try:
        a, b = row
        print a, b
    except ValueError, e:
        print 'ValueError:', e
