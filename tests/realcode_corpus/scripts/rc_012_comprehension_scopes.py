# List comprehensions as Python 2 scopes them: in a class body they see the class's names (class
# constants built from others) and leave their variable in the class; in functions and at module
# level the loop variable leaks. Generator expressions and dict(...) of them do not leak.
class Shift(object):
	HOURS = 8
	NAMES = ['A', 'B', 'C']
	STARTS = [6 + n * HOURS for n in range(len(NAMES))]
	LABELS = [name + '-' + str(HOURS) for name in NAMES if name != 'B']
	TABLE = [(name, start) for name in NAMES for start in STARTS if start > 6]
	LOOKUP = dict([(name, NAMES.index(name)) for name in NAMES])
	try:
		LENGTHS = list(len(x) * HOURS for x in NAMES)
	except NameError, e:
		LENGTHS = 'generator: %s' % e

	def hours(self):
		return [self.HOURS * k for k in range(2)]


print Shift.STARTS, Shift.LABELS, len(Shift.TABLE), Shift.TABLE[0]
print sorted(Shift.LOOKUP.items()), Shift.LENGTHS
print Shift.n, Shift.name, Shift.start, Shift().hours()


class Recipe:
	STEPS = ('fill', 'heat', 'mix')
	UPPER = [s.upper() for s in STEPS]
	if len(UPPER) > 2:
		LONG = [u for u in UPPER if len(u) > 3]
	LABEL = UPPER and [u.lower() for u in UPPER]

print Recipe.UPPER, Recipe.LONG, Recipe.LABEL, Recipe.s


def scaled(values, factor):
	out = [v * factor for v in values]
	print 'last value', v
	pairs = [(a, b) for a in values for b in 'xy']
	print 'last pair', a, b
	gen = sum(w for w in values)
	try:
		print w
	except NameError, e:
		print 'NameError', e
	return out

print scaled([1, 2, 3], 10)
rows = [r * 2 for r in range(5) if r % 2]
print rows, r
