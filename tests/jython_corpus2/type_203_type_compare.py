# type: type compare
# (written from the Python 2 / Jython docs)
print type(1) == int, type('a') == str, type(u'a') == unicode, type(1L) == long, type([]) is list
