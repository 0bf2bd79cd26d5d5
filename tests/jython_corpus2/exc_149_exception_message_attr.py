# exc: exception message attr
e = ValueError('m')
print e.message
e2 = KeyError('k')
print e2.message
