# Python 2 keeps the handled exception for sys.exc_info() / traceback.format_exc() after the
# except block, until the function returns or handles another one; functions it calls see it.
# Real error handling leans on that: a flag set in the handler, the log written after it.
import sys
import traceback


def last_error():
    """The error being handled, one line, as a shared logging helper gives it."""
    etype, value = sys.exc_info()[:2]
    if etype is None:
        return 'no error'
    return '%s: %s' % (etype.__name__, value)


def write_setpoint(value):
    failed = False
    try:
        setpoint = float(value)
    except ValueError:
        failed = True
    if failed:
        print 'write_setpoint(%r) failed: %s' % (value, last_error())
        print traceback.format_exc().splitlines()[-1]
        return None
    print 'after success:', last_error()
    return setpoint


def quietly(fn, *args):
    try:
        return fn(*args)
    except Exception:
        pass
    return 'caught %s' % sys.exc_info()[0].__name__


def two_errors():
    try:
        {}['line']
    except KeyError:
        pass
    first = last_error()
    try:
        [][3]
    except IndexError:
        pass
    return first, last_error()


print write_setpoint('12.5')
print write_setpoint('x12')
print 'after return:', last_error()
print quietly(int, 'q')
print 'caller unaffected:', last_error()
print two_errors()
try:
    raise RuntimeError('top level')
except RuntimeError:
    pass
print 'module level:', last_error()
print 'called from the module:', quietly(lambda: 1)
print 'still:', last_error(), sys.exc_info()[1]
