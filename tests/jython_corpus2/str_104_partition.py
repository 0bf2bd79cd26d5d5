# str: partition
# (written from the Python 2 / Jython docs)
print 'key=value=x'.partition('='), 'abc'.rpartition('x')
