import string
print string.split("a b c d", " ", 2)
print "k=v=w".split("=", 1)
print "a  b".split(" ")
print "x,y,z".rsplit(",", 1)
