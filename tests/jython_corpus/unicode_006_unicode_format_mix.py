name = u"Anna"
print "Hello %s" % name
print repr("Hello %s" % name)
print repr("%d items" % 3)
