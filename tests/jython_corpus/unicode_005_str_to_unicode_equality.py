print "abc" == u"abc"
print u"abc" in ["abc"]
d = {"key": 1}
print d[u"key"]
