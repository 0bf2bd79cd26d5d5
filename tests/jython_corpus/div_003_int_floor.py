total = 17
parts = 5
each = total / parts
left = total - each * parts
print "each", each, "left", left
