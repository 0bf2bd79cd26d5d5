print "%d" % 3.99
print "%d" % -3.99
print "%i" % 2.5
print "%s" % 2.50
