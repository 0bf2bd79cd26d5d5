# sem: hash builtin
# (written from the Python 2 / Jython docs)
print hash(1), hash(1L), hash(1.0), hash('ab'), hash(u'ab'), hash((1, 2))
