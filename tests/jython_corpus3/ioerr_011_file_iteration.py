# Iterating a file line by line, with a helper that reports a missing file.
def count_lines(name):
    try:
        f = open(name)
    except IOError, e:
        return -1, str(e)
    n = 0
    for line in f:
        n += 1
    f.close()
    return n, 'ok'


out = open('ioerr_011_data.txt', 'w')
out.write('a\nb\nc')
out.close()
print count_lines('ioerr_011_data.txt')
print count_lines('ioerr_011_nothing.txt')
f = open('ioerr_011_data.txt')
print repr(f.readline()), repr(f.readline()), repr(f.read()), repr(f.read())
f.close()
try:
    f.read()
except ValueError, e:
    print 'ValueError:', e
