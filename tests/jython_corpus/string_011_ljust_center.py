import string
print "[" + string.ljust("ab", 5) + "]"
print "[" + string.rjust("ab", 5) + "]"
print "[" + string.center("ab", 6, "*") + "]"
