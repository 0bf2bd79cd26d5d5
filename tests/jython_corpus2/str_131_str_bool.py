# str: str bool
# (written from the Python 2 / Jython docs)
print str(True), repr(False), '%s' % True, 'x' if '' else 'y', bool('0'), bool(0)
