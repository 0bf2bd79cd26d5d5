# In Python 2 IOError and OSError are siblings: except OSError does not catch a failed open().
def try_open(name):
    try:
        try:
            open(name)
            return 'opened'
        except OSError, e:
            return 'OSError handler: %s' % e
    except IOError, e:
        return 'IOError handler: %s' % e


print try_open('absent.txt')
print issubclass(IOError, OSError), issubclass(OSError, IOError)
print issubclass(IOError, EnvironmentError), issubclass(OSError, EnvironmentError)
print issubclass(IOError, StandardError), issubclass(IOError, Exception)
