name = u"Caf\xe9"
s = "Name: %s" % name
print s
print repr(s)
