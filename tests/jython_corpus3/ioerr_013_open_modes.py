# r+ / w+ / a+ modes, seek and tell on a small status file.
f = open('ioerr_013.txt', 'w+')
f.write('state=idle\n')
f.seek(0)
print repr(f.read()), f.tell()
f.seek(6)
f.write('busy')
f.seek(0)
print repr(f.read())
f.close()
g = open('ioerr_013.txt', 'a+')
g.write('count=1\n')
g.seek(0)
print g.readlines()
g.close()
print f.closed, g.closed, f.name, f.mode, g.mode
try:
    open('ioerr_013_absent.txt', 'r+')
except IOError, e:
    print e.errno, e.strerror
