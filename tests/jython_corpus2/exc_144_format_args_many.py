# exc: format args many
try:
    print '%s' % ('a', 'b')
except TypeError, e:
    print e
