print "key=value=more".partition("=")
print "novalue".partition("=")
print "a.b.c".rpartition(".")
