class Err(Exception):
    def __init__(self, code):
        Exception.__init__(self, 'code %d' % code)
        self.code = code
try:
    raise Err(7)
except:
    print 'caught bare'
try:
    raise Err(8)
except Exception, e:
    print e, e.code, e.args
