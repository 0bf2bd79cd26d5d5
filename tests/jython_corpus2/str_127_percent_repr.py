# str: percent repr
print '%r %r %r' % ('s', u'u', 1L)
print '%s' % [1, 'a', u'b']
