# type: issubclass bool int
# (written from the Python 2 / Jython docs)
print issubclass(bool, int), isinstance(True, int), type(True), type(True + 1)
