# exc: exc multi args
e = ValueError('a', 'b')
print e
print str(e), e.args
