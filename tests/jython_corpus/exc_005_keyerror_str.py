d = {}
try:
    d['missing']
except KeyError, e:
    print str(e)
    print e.args
    print repr(e.args[0])
