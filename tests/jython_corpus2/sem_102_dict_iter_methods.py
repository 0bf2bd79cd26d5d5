# sem: dict iter methods
d = {'x': 1}
print list(d.iterkeys()), list(d.itervalues()), list(d.iteritems())
