# order: dict small strings
d = dict((c, ord(c)) for c in 'qwertyuiop')
print d
