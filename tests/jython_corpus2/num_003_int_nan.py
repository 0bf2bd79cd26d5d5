try:
    int(float('nan'))
except ValueError, e:
    print 'ValueError', e
try:
    int(float('inf'))
except OverflowError, e:
    print 'OverflowError', e
