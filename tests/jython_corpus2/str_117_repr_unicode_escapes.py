# str: repr unicode escapes
# (written from the Python 2 / Jython docs)
print repr(u'\u2013'), repr(u'\n'), repr(u"it's"), repr(u'\x00')
