import string
print string.zfill("42", 5)
print string.zfill("-42", 5)
print "7".zfill(3)
