data = [1, [2.5, u'x'], ('a', 3L), None]
print data
print repr(data)
print str(data) == repr(data)
