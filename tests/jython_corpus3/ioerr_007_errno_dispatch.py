# Dispatch on errno like a careful integrator.
import errno


def status(name):
    try:
        open(name).close()
        return 'ok'
    except IOError, e:
        if e.errno == errno.ENOENT:
            return 'not found'
        return 'other error %s' % e.errno


print status('ioerr_007_nothere.txt')
print errno.ENOENT, errno.EACCES, errno.EEXIST
print errno.ENOTDIR, errno.EISDIR
