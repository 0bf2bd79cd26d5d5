# The same values through % and through .format.
vals = [1, 2 ** 40, 0.1, 1.0 / 3, u'u', 'b', None, [1, u'x'], (2,), 1e20]
for v in vals:
    a = '%s' % (v,)
    b = '{0}'.format(v)
    print repr(a), repr(b), a == b
print '%r' % (1e20,), '{!r}'.format(1e20), '%.3s|' % 'abcdef', '{:.3}|'.format('abcdef')
