# bytes: hex codec
# (written from the Python 2 / Jython docs)
print 'ab'.encode('hex'), repr('4142'.decode('hex')), repr(u'x'.encode('utf-8'))
