# exc: string mul float
try:
    'ab' * 2.5
except TypeError, e:
    print e
