d = {'a': 1}
try:
    d['b']
except KeyError, e:
    print e, repr(e), e.args
