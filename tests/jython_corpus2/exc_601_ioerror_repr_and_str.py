# Python 2's IOError/OSError/EnvironmentError: their own classes, errno/strerror/filename
cases = [IOError(), IOError('boom'), IOError(2, 'No such file'), IOError(2, 'No such file', 'f.txt'),
         IOError(1, 2, 3, 4), OSError(13, 'denied'), EnvironmentError(5, 'x', 'y'), IOError(None, 'x')]
for e in cases:
    print repr(e), '|', str(e), '|', e.args, e.errno, e.strerror, e.filename, type(e).__name__
print issubclass(IOError, EnvironmentError), issubclass(OSError, EnvironmentError), issubclass(IOError, OSError)
print issubclass(IOError, StandardError), isinstance(IOError(), Exception), IOError.__name__, type(IOError()), IOError
