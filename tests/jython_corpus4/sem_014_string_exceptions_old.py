try:
    raise KeyError('x')
except (KeyError, ValueError), err:
    print 'caught', repr(err)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('wrapped')
except ValueError, e:
    print e
