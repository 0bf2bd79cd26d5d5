# str: unicode compare
# (written from the Python 2 / Jython docs)
print 'abc' == u'abc', u'a' < 'b', 'abc' in u'xabcx', hash('abc') == hash(u'abc')
