# Cleaning tag names with translate.
import string

table = string.maketrans('/ ', '__')
print 'Area 1/Tank 2'.translate(table)
print 'a-b.c'.translate(None, '-.'), 'hello'.translate(string.maketrans('lo', 'LO'), 'h')
print repr(u'Area 1/Tank'.translate({ord(u'/'): u'_', ord(u' '): None}))
print len(string.maketrans('', '')), string.letters[:5], string.digits, repr(string.whitespace)
