# bytes: unicode true (Jython 2.7 vs Python 2 docs)
print repr(unicode(True)), repr(unicode(12)), repr(unicode(None))
print repr(str(u'abc'))
