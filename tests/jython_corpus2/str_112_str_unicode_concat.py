# str: str unicode concat
# (written from the Python 2 / Jython docs)
print repr('abc' + u'def'), repr(u'x' * 3), repr('%s' % u'y'), repr(u'%s' % 'z')
