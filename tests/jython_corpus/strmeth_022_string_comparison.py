print "abc" < "abd", "Z" < "a", "a" < "B"
print "10" < "9", 10 < 9
print "apple" == u"apple"
