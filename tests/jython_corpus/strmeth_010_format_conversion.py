print '{0!r} {0!s}'.format('q')
print '{0!r}'.format(u'q')
print '{0}'.format([1, u'a', 0.5])
