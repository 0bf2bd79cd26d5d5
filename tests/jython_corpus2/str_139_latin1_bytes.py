# str: latin1 bytes
s = '\xe9t\xe9'
print len(s), repr(s), repr(s.decode('latin-1'))
