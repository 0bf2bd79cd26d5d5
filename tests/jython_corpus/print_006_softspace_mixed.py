print "a",
print "b",
print
print "c", "d",
print "e"
