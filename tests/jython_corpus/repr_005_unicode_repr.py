u = u'x'
print u, repr(u)
print [u'a', u'b']
print (u'\xe9', u'\u20ac')
print repr(u'tab\there')
