print "first"
print
print "third"
