s = set(['pump', 'valve', 'motor', 'fan'])
print s
print list(s)
