big = 10 ** 20
print big / 3
print big / 7L
print -big / 3
print type(big / 3).__name__
print 6L / 4
