# str: print softspace
print 'a',
print 'b'
print 'c', 'd',
print
print 'e'
