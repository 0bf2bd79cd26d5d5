# exc: assert bare
try:
    assert False
except AssertionError, e:
    print repr(str(e))
