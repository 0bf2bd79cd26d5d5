# exc: format args few
try:
    print '%s %s' % ('a',)
except TypeError, e:
    print e
