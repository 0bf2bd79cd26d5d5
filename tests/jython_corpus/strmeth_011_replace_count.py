s = "a.b.c.d"
print s.replace(".", "/")
print s.replace(".", "", 2)
print "aaa".replace("a", "bb")
