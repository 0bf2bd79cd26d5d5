print "line\n",
print "x"
print "tab\t",
print "y"
