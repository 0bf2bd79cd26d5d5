print ""
print "", "x"
print "x", ""
print "x", "", "y"
