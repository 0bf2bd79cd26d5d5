# str: encode hex base64
print 'hi'.encode('hex'), '6869'.decode('hex')
print repr('hello'.encode('base64'))
