s = 'caf\xc3\xa9'
print repr(s), len(s)
u = s.decode('utf-8')
print repr(u), len(u)
print repr(u.encode('utf-8'))
