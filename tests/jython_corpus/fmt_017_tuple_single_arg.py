t = (1, 2)
print "%s" % (t,)
try:
    print "%s" % t
except TypeError, e:
    print "TypeError:", e
