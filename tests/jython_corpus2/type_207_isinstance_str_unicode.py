# type: isinstance str unicode
# (written from the Python 2 / Jython docs)
print isinstance('a', str), isinstance(u'a', str), isinstance(u'a', unicode), isinstance('a', unicode)
