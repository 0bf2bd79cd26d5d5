# num: long str
print str(2 ** 64), repr(2 ** 64)
print long(5), repr(long(5))
