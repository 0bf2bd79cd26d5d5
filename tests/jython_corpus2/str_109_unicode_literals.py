# str: unicode literals
u = u'caf\xe9'
print repr(u), len(u), type(u)
print repr(u.upper()), repr(u + u'!')
