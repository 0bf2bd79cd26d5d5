vals = [u'abc', u'\xe9t\xe9', u'\u20ac', u'line\n', u"it's"]
for v in vals:
    print repr(v)
print vals
print repr('\t\x00\x7f'), repr("a'b\"c")
