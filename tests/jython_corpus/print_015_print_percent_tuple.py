name = "Line 3"
count = 12
print "%s has %d faults" % (name, count)
print "%s" % (name,)
print "%r" % name
