print -7 / 2
print 7 / -2
print -7 / -2
print -1 / 3
print -6 / 3
