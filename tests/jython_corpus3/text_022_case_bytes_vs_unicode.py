# upper()/lower()/title() of Latin-1 bytes change ASCII letters only; unicode changes all.
pairs = [('caf\xe9', u'caf\xe9'), ('\xc9COLE', u'\xc9COLE'), ('na\xefve te\xe9', u'na\xefve te\xe9')]
for b, u in pairs:
    print repr(b.upper()), repr(u.upper()), repr(b.lower()), repr(u.lower())
    print repr(b.title()), repr(u.title()), repr(b.capitalize()), repr(u.swapcase())
print '\xe9'.isalpha(), u'\xe9'.isalpha(), '\xb2'.isdigit(), 'abc\xe9'.isalnum()
print 'ABC'.isupper(), '\xc9'.isupper(), u'\xc9'.isupper(), '\xa0'.isspace(), u'\xa0'.isspace()
