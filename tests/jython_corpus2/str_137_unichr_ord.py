# str: unichr ord
# (written from the Python 2 / Jython docs)
print repr(unichr(233)), ord(u'\xe9'), repr(unichr(0x2013))
