# sem: print redirect softspace
print 'a', 'b',
print 'c'
print '', 'x'
