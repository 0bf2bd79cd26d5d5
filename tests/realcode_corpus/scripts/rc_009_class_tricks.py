# Class tricks of real script libraries: __slots__, __new__, __getattr__, __setattr__, __call__, ...
from plantcore.logutil import log


class TagCache(object):
	_instance = None

	def __new__(cls, *args):
		if cls._instance is None:
			cls._instance = object.__new__(cls)
			cls._instance.values = {}
		return cls._instance

	def __getattr__(self, name):
		if name.startswith('tag_'):
			return self.values.get(name[4:], 0)
		raise AttributeError(name)

	def __setattr__(self, name, value):
		if name.startswith('tag_'):
			self.values[name[4:]] = value
		else:
			object.__setattr__(self, name, value)

	def __getitem__(self, key):
		return self.values[key]

	def __contains__(self, key):
		return key in self.values

	def __len__(self):
		return len(self.values)

	def __iter__(self):
		return iter(sorted(self.values))


class Audited(object):
	def __init__(self):
		self.reads = 0

	def __getattribute__(self, name):
		if name != 'reads':
			object.__setattr__(self, 'reads', object.__getattribute__(self, 'reads') + 1)
		return object.__getattribute__(self, name)

	def value(self):
		return 42


class Step(object):
	__slots__ = ('name', 'done')

	def __init__(self, name):
		self.name = name
		self.done = False

	def __call__(self):
		self.done = True
		log('step %s', self.name)
		return self

	def __enter__(self):
		log('enter %s', self.name)
		return self

	def __exit__(self, etype, value, tb):
		log('exit %s %s', self.name, etype is not None)
		return etype is ValueError

	def __eq__(self, other):
		return isinstance(other, Step) and other.name == self.name

	def __hash__(self):
		return hash(self.name)

	def __nonzero__(self):
		return self.done

c = TagCache()
c.tag_level = 12.5
print TagCache() is c, c.tag_level, c.tag_flow, c['level'], 'level' in c, len(c), list(c)
try:
	c.other
except AttributeError, e:
	print 'AttributeError', e
a = Audited()
print a.value(), a.value(), a.reads
s = Step('fill')
print bool(s), bool(s()), s == Step('fill'), len(set([s, Step('fill')]))
try:
	s.extra = 1
except AttributeError, e:
	print 'AttributeError'
with Step('drain') as d:
	raise ValueError('swallowed')
print 'after with', d.name
