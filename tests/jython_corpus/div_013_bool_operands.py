print True / 1
print 10 / True
print (True + True) / 3
