vals = [1, 1L, 1.0, 'x', u'x', [], None]
for v in vals:
    print isinstance(v, (int, long)), isinstance(v, (str, unicode)), isinstance(v, (list, tuple)),
print
print isinstance(True, int), type(True) is bool
