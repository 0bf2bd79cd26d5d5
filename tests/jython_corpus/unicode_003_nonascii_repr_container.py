labels = {u'temp': u'\xb0C'}
print labels
print [u'\xb0C', u'\u2126']
print repr(u'\u2126')
