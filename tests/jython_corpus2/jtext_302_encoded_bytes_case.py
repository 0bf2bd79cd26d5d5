# upper()/lower() of encoded bytes keep the UTF-8 bytes (byte strings know ASCII case only)
names = [u'caf\xe9', u'\xc9cole', u'Stra\xdfe', u'plain']
for n in names:
    b = n.encode('utf-8')
    print repr(b.lower()), repr(b.upper()), repr(b.title()), repr(b.swapcase())
    print repr(n.lower()), repr(n.upper()), b.lower().decode('utf-8') == n.lower()
