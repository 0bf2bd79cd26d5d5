a = 10L
print a
print str(a), repr(a)
print [a, 20L]
print (a,)
