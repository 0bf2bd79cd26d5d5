print 0777
print 010 + 1
print 0
print 00
