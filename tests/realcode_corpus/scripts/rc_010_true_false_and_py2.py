# Old modules rebind True/False (Python 2.2 compatibility) and use Python 2 forms
try:
	True
except NameError:
	True, False = 1, 0
True, False = 1, 0
print True, False, True + True
print 7 / 2, 7 % 3, -7 / 2, 2 ** 3
d = {'a': 1}
print d.has_key('a'), `d`
print isinstance(u'x', basestring), long(3)
print '%s-%05.1f-%x' % ('a', 3.14159, 255)
