errs = [ValueError(), ValueError('bad'), ValueError('a', 2), KeyError('k'), IOError(2, 'No such file'),
        IOError(2, 'No such file', 'x.txt'), OSError('plain')]
for e in errs:
    print str(e), '|', repr(e), '|', e.args
