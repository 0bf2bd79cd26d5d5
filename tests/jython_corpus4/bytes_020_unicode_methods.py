u = u'  Hello World  '
print repr(u.strip()), repr(u.lower()), repr(u.split())
print repr(u.replace(u'World', 'There')), u.startswith('  H')
print repr(u'abc'.center(9, u'*')), repr(u'x'.zfill(4))
