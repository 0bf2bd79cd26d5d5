print "a",
print "\n",
print "b"
