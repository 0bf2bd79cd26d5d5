# exc: dict missing key
d = {'pump': 1}
try:
    print d['valve']
except KeyError, e:
    print 'KeyError', e, e.args[0]
