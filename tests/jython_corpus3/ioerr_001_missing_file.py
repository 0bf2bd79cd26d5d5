# Reading a configuration file that is not there: IOError with errno, strerror and filename.
def read_config(path):
    try:
        f = open(path)
        try:
            return f.read()
        finally:
            f.close()
    except IOError, e:
        print 'IOError:', e
        print 'errno', e.errno, 'strerror', e.strerror, 'filename', e.filename
        print 'args', e.args
        return None


print read_config('missing_config.ini')
print read_config('no_such_dir/recipe.csv')
