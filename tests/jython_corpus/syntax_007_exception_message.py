try:
    raise RuntimeError("boom")
except RuntimeError, e:
    print e.message
    print e.args
