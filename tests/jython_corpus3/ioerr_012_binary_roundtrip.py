# Writing and reading back bytes past ASCII in binary mode.
data = ''.join([chr(i) for i in range(250, 256)]) + 'end'
f = open('ioerr_012.bin', 'wb')
f.write(data)
f.close()
back = open('ioerr_012.bin', 'rb').read()
print back == data, len(back), repr(back[:3]), type(back).__name__
text = u'caf\xe9'
g = open('ioerr_012.txt', 'w')
g.write(text.encode('utf-8'))
g.close()
raw = open('ioerr_012.txt').read()
print repr(raw), raw.decode('utf-8') == text, len(raw)
try:
    h = open('ioerr_012.txt', 'w')
    h.write(u'caf\xe9')
except UnicodeEncodeError, e:
    print 'UnicodeEncodeError', e.start
