print "%s" % [1, 2.5, 'a']
print "%s" % ((1, 2),)
print "list %r" % ([u'x', 0.1],)
print "%s and %s" % ([1], (2,))
