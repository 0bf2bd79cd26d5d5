# type: repr big float
# (written from the Python 2 / Jython docs)
print repr(123456789012.0), 123456789012.0, repr(1e15), 1e15, 1e16
