print "a\t", "b"
print "c\n", "d"
print "e ", "f"
