pct = 87
print "%d%%" % pct
print "%s%% done" % 50.0
print "100%"
