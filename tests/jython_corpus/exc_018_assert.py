try:
    assert 1 == 2, "one is not two"
except AssertionError, e:
    print "assert:", e
try:
    assert False
except AssertionError, e:
    print "bare assert", repr(str(e))
