# a file helper module's error handling: except IOError, e: with the errno fields
import logging
log = logging.getLogger('plant.files')

def load(name):
    try:
        raise IOError(2, 'No such file or directory', name)
    except EnvironmentError, e:
        log.debug('load failed')
        return 'missing %s (%s) errno=%s' % (e.filename, e, e.errno)

print load('recipes.csv')
try:
    raise OSError('disk')
except IOError:
    print 'wrong handler'
except OSError, e:
    print 'os handler', e, repr(e)
class ExportError(IOError):
    pass
try:
    raise ExportError(28, 'No space left on device')
except (ValueError, IOError), e:
    print 'export', repr(e), e.strerror, isinstance(e, EnvironmentError)
