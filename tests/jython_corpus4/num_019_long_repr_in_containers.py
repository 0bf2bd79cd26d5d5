vals = [1L, 2, 3L]
print vals
print (10L,), {'a': 5L}
print repr(2 ** 70)
print '%d' % 5L, '%s' % 5L, '%r' % 5L
