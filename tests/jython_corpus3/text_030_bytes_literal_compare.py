# Comparing unicode tag values against constants written as byte strings in a UTF-8 script.
# -*- the constants hold the UTF-8 bytes of the accented names -*-
def area_code(area):
    if area == 'Nord':
        return 1
    if area == 'S\xc3\xbcd':
        return 2
    if area == u'S\xfcd':
        return 3
    return 0


for a in [u'Nord', u'S\xfcd', u'S\xfcd'.encode('utf-8'), 'Ost']:
    print repr(a), area_code(a)
print 'S\xc3\xbcd' != u'S\xfcd', u'S\xfcd' != 'S\xc3\xbcd', u'S\xfcd' != u'S\xfcd'
print 'S\xc3\xbcd' in [u'S\xfcd'], u'S\xfcd' in ['S\xc3\xbcd'], u'S\xfcd' in [u'S\xfcd']
