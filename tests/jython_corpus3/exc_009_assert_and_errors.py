# assert and explicit error types in validation helpers.
def validate(setpoint):
    assert isinstance(setpoint, (int, float)), 'setpoint must be a number, not %r' % (setpoint,)
    if setpoint < 0:
        raise ValueError('negative setpoint: %s' % setpoint)
    return setpoint


for sp in [5, -1, 'x', 2.5]:
    try:
        print validate(sp)
    except AssertionError, e:
        print 'AssertionError:', e
    except ValueError, e:
        print 'ValueError:', e
try:
    assert False
except AssertionError, e:
    print repr(e), str(e) == ''
