# type: none repr
# (written from the Python 2 / Jython docs)
print None, repr(None), str(None), [None], type(None)
