# type: builtin repr
# (written from the Python 2 / Jython docs)
print repr(len), repr(abs), str(max)
