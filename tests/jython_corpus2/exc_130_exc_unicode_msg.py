# exc: exc unicode msg
e = ValueError(u'caf\xe9')
print repr(e.args[0])
print repr(e)
