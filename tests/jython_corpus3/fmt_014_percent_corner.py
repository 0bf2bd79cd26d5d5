# %-formatting corners seen in handler logs.
print '%s' % None, '%s' % [None], '%r' % u'x', '%5.1f%%' % 99.44, '%d' % 3.9, '%i' % True
print '%(name)s=%(value)d' % {'name': 'T1', 'value': 5}, '%c' % 'z', '%.3s' % u'abcdef'
print '%s and %s' % (1, 2), '%s' % ((1, 2),), '%-5d|' % 42, '%+.2e' % 12345.678
print '%x' % 2 ** 40, '%o' % -8, '%#X' % 255, '%05.1f' % -2.5, repr('%s' % 2 ** 31)
try:
    print '%d' % 'x'
except TypeError, e:
    print 'TypeError:', e
try:
    print '%s %s' % ('only one',)
except TypeError, e:
    print 'TypeError:', e
