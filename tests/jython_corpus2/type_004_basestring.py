print basestring.__name__
print issubclass(str, basestring), issubclass(unicode, basestring)
print isinstance('a', basestring), isinstance(u'a', basestring)
