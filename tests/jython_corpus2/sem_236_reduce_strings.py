# sem: reduce strings
# (written from the Python 2 / Jython docs)
print reduce(lambda a, b: a + '|' + b, ['x', 'y', 'z'])
