# Logging the failure message exactly as the handler would.
def log_failure(exc):
    return 'ERROR %s: %s' % (exc.__class__.__name__, exc)


for name in ['ioerr_008_a.txt', 'ioerr_008_b.dat']:
    try:
        handle = open(name)
    except IOError, err:
        print log_failure(err)
        print 'message attr: %r' % (err.message,)
        print 'args: %r' % (err.args,)
