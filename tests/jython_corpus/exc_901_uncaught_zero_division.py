print "about to divide"
total = 10
count = 0
print total / count
