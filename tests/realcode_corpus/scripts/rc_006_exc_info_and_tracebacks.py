# sys.exc_info() and traceback.format_exc() in the error handling of plant code
import sys
import traceback
from plantcore.logutil import log_error, error_text


class Recipe(object):
	def __init__(self, steps):
		self.steps = steps

	def load(self):
		return 100 / self.steps

	def parse(self, text):
		return int(text)


def load_recipe(steps):
	try:
		return Recipe(steps).load()
	except Exception, e:
		log_error('load_recipe(%r)' % steps)
		return None


def parse_all(texts):
	values = []
	for text in texts:
		try:
			values.append(Recipe(1).parse(text))
		except ValueError, e:
			etype, value, tb = sys.exc_info()
			print etype.__name__, value, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next
			print tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name
			print traceback.format_exception_only(etype, value)
	return values

print load_recipe(4)
print load_recipe(0)
print parse_all(['1', 'x', '3'])
try:
	{}['missing']
except KeyError:
	print error_text()
try:
	Recipe(0).load()
except ZeroDivisionError:
	print ''.join(traceback.format_tb(sys.exc_info()[2]))
	print traceback.extract_tb(sys.exc_info()[2])[-1][1:]
	print traceback.format_exc().splitlines()[-1]
	print sys.exc_info()[0].__name__, sys.exc_info()[1]
