# Integrators raise IOError themselves in library helpers.
class ConfigMissing(IOError):
    pass


def require(name, present):
    if name not in present:
        raise ConfigMissing(2, 'No such file or directory', name)
    return present[name]


files = {'a.ini': 'x=1'}
try:
    require('b.ini', files)
except IOError, e:
    print type(e).__name__, e.errno, e.strerror, e.filename
    print str(e)
    print isinstance(e, EnvironmentError), isinstance(e, OSError)
print str(IOError(5, 'Input/output error')), repr(IOError(5, 'Input/output error'))
print str(IOError('plain message')), repr(IOError('plain message'))
print str(OSError(13, 'Permission denied', 'x.txt')), IOError().args, IOError(1, 2, 3, 4).args
