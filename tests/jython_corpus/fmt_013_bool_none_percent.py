print "%s %s" % (True, None)
print "%d" % True
print "%r" % (None,)
