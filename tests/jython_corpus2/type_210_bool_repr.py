# type: bool repr
# (written from the Python 2 / Jython docs)
print True, repr(False), [True, False], (True,)
