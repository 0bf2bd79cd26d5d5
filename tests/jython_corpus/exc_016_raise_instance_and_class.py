try:
    raise IndexError
except IndexError, e:
    print repr(str(e)), e.args
try:
    raise IndexError()
except IndexError, e:
    print repr(str(e))
