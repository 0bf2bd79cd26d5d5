# Exceptions carry .message and args; except E, e keeps e after the block.
class PlcError(Exception):
    pass


try:
    raise PlcError('timeout on %s' % 'PLC1', 3)
except PlcError, e:
    pass
print e.args, repr(e), str(e)
try:
    raise ValueError('bad value')
except ValueError, err:
    print err.message, err.args, repr(err)
print isinstance(err, StandardError), isinstance(e, StandardError), isinstance(e, Exception)
try:
    raise KeyError('k')
except LookupError, e2:
    print type(e2).__name__, e2, repr(e2)
