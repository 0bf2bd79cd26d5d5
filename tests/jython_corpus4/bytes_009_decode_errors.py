raw = 'ab\xe9cd'
print repr(raw.decode('latin-1')), repr(raw.decode('cp1252'))
print repr(raw.decode('ascii', 'ignore'))
