# exc: raise reraise
def f():
    try:
        int('q')
    except ValueError:
        raise
try:
    f()
except ValueError, e:
    print 'again', e
