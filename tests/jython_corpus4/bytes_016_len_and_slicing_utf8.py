label = 'M\xc3\xbcller'
print len(label), repr(label[:2]), repr(label.decode('utf-8')[:2])
print label.upper() == 'M\xc3\xbcLLER'
print repr(label.decode('utf-8').upper())
