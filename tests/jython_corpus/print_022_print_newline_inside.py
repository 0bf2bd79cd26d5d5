msg = "line1\nline2"
print msg
print "multi", "part\nmessage"
