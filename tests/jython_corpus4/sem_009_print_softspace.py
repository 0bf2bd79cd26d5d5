for i in range(3):
    print i,
print
print 'a', 'b',
print 'c'
print 'x\n',
print 'y'
