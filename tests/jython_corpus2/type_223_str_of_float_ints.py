# type: str of float ints
# (written from the Python 2 / Jython docs)
print 1.0, 2.50, 100.0, -0.0, 1e22, 1.0e-10
