print sum([]), max([0]), min("bca")
try:
    max([])
except ValueError, e:
    print "ValueError"
