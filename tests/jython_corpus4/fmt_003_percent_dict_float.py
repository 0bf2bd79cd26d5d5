stats = {'min': 1.0, 'max': 99.5, 'avg': 50.25}
print 'min=%(min).1f max=%(max)g avg=%(avg)s' % stats
print '%5.1f%%' % 12.345
print '%-6s|%6s|' % ('ab', 'cd')
