# no __all__: a star import takes the public names
import math

SCALE = 10


def scaled(value):
	return value * SCALE


def rounded(value, places=2):
	return round(value, places)


def _internal():
	return 'internal'


class Totalizer(object):
	def __init__(self):
		self.total = 0

	def add(self, amount):
		self.total += amount
		return self.total
