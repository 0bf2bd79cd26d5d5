r = "value: %s" % u"abc"
print repr(r), type(r).__name__
r2 = u"value: %s" % "abc"
print repr(r2)
print repr("%r" % u"abc")
