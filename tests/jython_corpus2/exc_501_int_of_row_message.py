# exc: int() of a whole row instead of a cell; Jython's message shows the value
rows = [[1, 'a'], None, {'qty': 3}, (4, 5)]
for row in rows:
    try:
        print int(row)
    except TypeError, e:
        print 'bad qty:', e
for value in [[2], None]:
    try:
        long(value)
    except TypeError, e:
        print e
try:
    float({'v': 1})
except TypeError, e:
    print e
