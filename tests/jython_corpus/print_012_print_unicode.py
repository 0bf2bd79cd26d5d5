print u"plain unicode"
print u"caf\xe9", "bar"
print [u"caf\xe9"]
