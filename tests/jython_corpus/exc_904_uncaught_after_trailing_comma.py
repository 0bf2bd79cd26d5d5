values = [1, 2, 3]
print "partial",
raise ValueError("stopped here")
