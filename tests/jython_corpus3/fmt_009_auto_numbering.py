# Automatic field numbering and escaped braces.
print '{} + {} = {}'.format(1, 2, 3)
print '{{}} {}'.format('x'), '{{{0}}}'.format('y')
print '{:>{}}|'.format('a', 4), '{0:{1}.{2}f}'.format(3.14159, 8, 3)
try:
    print '{} {0}'.format(1, 2)
except ValueError, e:
    print 'ValueError:', e
try:
    print '{0} {1}'.format(1)
except IndexError, e:
    print 'IndexError:', e
try:
    print '{missing}'.format(present=1)
except KeyError, e:
    print 'KeyError:', e
