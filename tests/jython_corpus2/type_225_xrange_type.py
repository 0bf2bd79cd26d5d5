# type: xrange type
x = xrange(3)
print type(x).__name__, len(x), list(x), x[1]
