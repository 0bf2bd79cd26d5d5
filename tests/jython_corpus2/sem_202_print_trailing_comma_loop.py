# sem: print trailing comma loop
for i in range(3):
    print i,
print 'end'
