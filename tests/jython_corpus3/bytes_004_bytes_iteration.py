# Walking a byte string read from a serial device.
frame = '\x02ID42\x03\xff'
print len(frame), [ord(c) for c in frame]
print ''.join(['%02X' % ord(c) for c in frame])
body = frame[1:frame.index('\x03')]
print body, repr(frame[-1]), frame[-1] == '\xff', ord(frame[-1])
print repr(chr(200)), repr(chr(65) + chr(0)), repr(frame.encode('hex'))
print repr('4944'.decode('hex')), repr(unichr(233)), repr(unichr(233).encode('utf-8'))
