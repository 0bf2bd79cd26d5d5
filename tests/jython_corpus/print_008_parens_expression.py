x = 3
print (x + 1) * 2
print ("%d items" % x)
print ("a" + "b"), "c"
