a = 3
if a <> 4:
    print "a is not 4"
print 1 <> 1, 1 <> 2
