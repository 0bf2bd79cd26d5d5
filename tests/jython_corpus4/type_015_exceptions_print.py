# repr, str and class name of common exception instances.
for e in [ValueError('bad value'), KeyError('k'), IndexError(3), Exception()]:
    print repr(e), '|', str(e), '|', e.__class__.__name__
