# type: type of builtins
for v in [1, 2 ** 40, 1.5, 'a', u'a', [], (), {}, set(), None, True, len, xrange(2)]:
    print type(v)
