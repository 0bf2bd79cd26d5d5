r = '{0}'.format(u'x')
print repr(r), type(r).__name__
r2 = u'{0}'.format('y')
print repr(r2), type(r2).__name__
