print '{} + {} = {}'.format(1, 2, 3)
print '{}'.format(u'x')
print '{}|{}'.format(None, 2.5)
