# str: print tuple
print ('a', 'b')
print 1, (2, 3), [4]
print
