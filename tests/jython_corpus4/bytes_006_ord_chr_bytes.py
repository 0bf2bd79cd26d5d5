packet = '\x01\x02\xfe\xff'
print [ord(c) for c in packet]
print ''.join([chr(b) for b in [72, 105, 33]])
print repr(chr(200)), repr(unichr(233))
print sum(ord(c) for c in 'abc') % 256
