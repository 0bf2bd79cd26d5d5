# exc: assert msg
try:
    assert 1 == 2, 'levels differ'
except AssertionError, e:
    print 'AssertionError', e
