a = 1; b = 2; print a + b
print "x"; print "y"
if a: print "a true"
