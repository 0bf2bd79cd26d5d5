from ..logutil import log, caller_name
from . import severity

__all__ = ['Rule', 'evaluate']


class Rule(object):
	__slots__ = ('name', 'limit', 'level')

	def __init__(self, name, limit, level=2):
		self.name = name
		self.limit = limit
		self.level = level

	def __call__(self, value):
		return value > self.limit

	def __repr__(self):
		return 'Rule(%r, %r, %s)' % (self.name, self.limit, severity.label(self.level))


def evaluate(rules, value):
	log('evaluating %d rules for %s', len(rules), caller_name())
	return [r.name for r in rules if r(value)]


def unlisted():
	return 'unlisted'
