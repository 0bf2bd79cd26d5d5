names = [u'M\xfcller', u'\u65e5\u672c', 'plain']
print names
for n in names:
    print repr(n)
