print 'a' < 'b', 'Z' < 'a', 'abc' < 'abd', '' < 'a'
print 'a' == u'a', 'abc' > 'ab'
print cmp('apple', 'Apple'), cmp(u'b', 'a')
