def row(name, qty, price):
    return '%-10s %3d %8.2f' % (name, qty, price)
print row('widget', 3, 4.5)
print row('gadget', 12, 100)
print '%(name)s has %(n)d items' % {'name': 'box', 'n': 3}
print '%s' % ((1, 2),), '%r' % 'q', '%c' % 65, '%%'
