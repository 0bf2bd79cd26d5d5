a = 1
b = "two"
c = 3.0
print a, b, c
print "a =", a
