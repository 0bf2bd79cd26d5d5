d = {}
try:
    d[(1, 2)]
except KeyError, e:
    print 'KeyError', e, e.args
try:
    d['']
except KeyError, e:
    print 'empty', repr(str(e))
