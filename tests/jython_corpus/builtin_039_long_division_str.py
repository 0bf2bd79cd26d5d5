n = 2 ** 100
print n
print str(n)[:10]
print len(str(n)), len(repr(n))
