# exc: exc empty
e = RuntimeError()
print repr(str(e)), e.args
print repr(e)
