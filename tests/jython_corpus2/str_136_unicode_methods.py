# str: unicode methods
u = u'Hello World'
print repr(u.lower()), repr(u.split()), repr(u.replace(u'World', u'Plant')), u.isalpha()
