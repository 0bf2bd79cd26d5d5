# exc: overflow float
try:
    print 10.0 ** 400
except OverflowError, e:
    print 'OverflowError', e
