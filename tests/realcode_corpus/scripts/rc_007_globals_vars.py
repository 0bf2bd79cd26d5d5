# globals() as a registry: defining module globals by name, as configuration loaders do
CONFIG = {'LINE_COUNT': 3, 'SITE': 'North', 'SHIFT_HOURS': 8}

for key, value in CONFIG.items():
	globals()[key] = value
print LINE_COUNT, SITE, SHIFT_HOURS


def register(name, fn):
	globals()[name] = fn


def make_handler(line):
	def handler():
		return 'line %d' % line
	return handler

for n in range(1, LINE_COUNT + 1):
	register('handle_line%d' % n, make_handler(n))
print handle_line1(), handle_line3()
print 'handle_line2' in globals(), globals().get('handle_line9', 'none')
print sorted(k for k in globals() if k.startswith('handle_'))

del globals()['SITE']
try:
	SITE
except NameError, e:
	print 'NameError:', e
vars()['LATE'] = 'set through vars()'
print LATE
g = globals()
g['__version__'] = '3.2'
print __version__, g['CONFIG']['SITE'], type(g.keys()).__name__


def lookup(name, default=None):
	return globals().get(name, default)
print lookup('SHIFT_HOURS'), lookup('nothing', 0)


def local_names(a, b=2):
	c = a + b
	return sorted(locals().keys())
print local_names(1)
