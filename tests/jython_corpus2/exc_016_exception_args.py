e = Exception('a', 2)
print e
print e.args
print str(Exception())
print repr(ValueError('bad'))
print Exception('x').message
