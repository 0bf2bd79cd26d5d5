# The types of literals of every builtin kind, as type() prints them.
for v in [1, 1L, 1.5, 'a', u'a', [], (), {}, None, True, set(), frozenset(), 1j]:
    print type(v)
