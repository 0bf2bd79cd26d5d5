# The with statement closes the file; errors inside still propagate as IOError.
def save(name, text):
    with open(name, 'w') as out:
        out.write(text)
    return out.closed


def load(name):
    try:
        with open(name) as f:
            return f.read()
    except IOError, e:
        return 'load failed: [%s] %s' % (e.errno, e.strerror)


print save('ioerr_006.txt', 'line one\nline two\n')
print repr(load('ioerr_006.txt'))
print load('ioerr_006_missing.txt')
