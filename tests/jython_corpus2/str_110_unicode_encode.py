# str: unicode encode
u = u'caf\xe9'
b = u.encode('utf-8')
print repr(b), len(b), type(b)
print repr(b.decode('utf-8')), repr(u.encode('latin-1'))
