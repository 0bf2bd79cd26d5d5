name = u'caf\xe9'
raw = name.encode('utf-8')
print repr(raw), len(raw), len(name)
print repr(raw.decode('utf-8')), raw.decode('utf-8') == name
print repr(name.encode('latin-1'))
