items = ['a', u'b', 5, None, ['c']]
for it in items:
    print repr(it), isinstance(it, basestring), isinstance(it, str), isinstance(it, unicode)
print issubclass(str, basestring), issubclass(unicode, basestring), basestring.__name__
