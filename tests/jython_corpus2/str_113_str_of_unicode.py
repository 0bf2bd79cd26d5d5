# str: str of unicode
print repr(str(u'plain')), type(str(u'plain'))
try:
    str(u'caf\xe9')
except UnicodeEncodeError:
    print 'UnicodeEncodeError'
