# exc: format d str
try:
    print '%d' % 'x'
except TypeError, e:
    print e
