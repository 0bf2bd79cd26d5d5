# sem: print empty string
print ''
print '', ''
print 'a', ''
