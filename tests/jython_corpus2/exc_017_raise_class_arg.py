try:
    raise ValueError, 'bad value'
except ValueError, e:
    print 'caught', e
try:
    raise KeyError('k')
except LookupError, e:
    print 'lookup', e
