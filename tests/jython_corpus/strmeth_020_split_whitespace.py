line = "  STATUS   RUN  42 "
print line.split()
print line.split(None, 1)
print line.strip().split(" ")
