print "%c" % 65
print "%c%c" % ("h", 105)
print "%5s|%-5s|" % ("ab", "cd")
