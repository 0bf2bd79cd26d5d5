d = {'a': 1}
it = d.iteritems()
print it.next()
print list(d.iterkeys()), list(d.itervalues())
