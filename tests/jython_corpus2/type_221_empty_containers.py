# type: empty containers
# (written from the Python 2 / Jython docs)
print [], (), {}, set(), frozenset(), '', repr(''), u'', repr(u'')
