# type: type names attr
for v in [1, 'a', u'a', 1L, [], {}, None, 1.0]:
    print type(v).__name__,
