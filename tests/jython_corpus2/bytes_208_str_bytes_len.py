# bytes: str bytes len
s = 'caf\xc3\xa9'
u = s.decode('utf-8')
print len(s), len(u), len(u.encode('utf-16-le'))
