for v in ['12L', '99999999999999999999', 'x']:
    try:
        print long(v)
    except ValueError, e:
        print 'ValueError:', e
try:
    print int(float('inf'))
except OverflowError, e:
    print 'OverflowError:', e
try:
    print int(float('nan'))
except ValueError, e:
    print 'ValueError:', e
