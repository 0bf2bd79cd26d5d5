# Frames as logging helpers read them: sys._getframe(n).f_code.co_name, f_lineno, f_back, inspect.stack()
import sys
import inspect
from plantcore.logutil import log, caller_name, log_stack, where, LINES


def current_function():
	return sys._getframe().f_code.co_name


def who_called_me():
	return sys._getframe(1).f_code.co_name


class Pump(object):
	def __init__(self, name):
		self.name = name
		log('created pump %s', name)

	def start(self):
		log('starting %s', self.name)
		log_stack('start requested')
		print 'start called by', caller_name(), 'here', current_function(), who_called_me()
		return self.check()

	def check(self):
		f = sys._getframe()
		print f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name
		print f.f_lineno, f.f_back.f_lineno, f.f_code.co_argcount, f.f_code.co_varnames[:1]
		print where()
		return inspect.stack()[1][3]


def run_line(name):
	p = Pump(name)
	return p.start()

print run_line('P-101')
print len(LINES), LINES[0]
print inspect.stack()[0][3], inspect.stack()[0][2], inspect.stack()[0][4]
print sys._getframe().f_code.co_name
print inspect.currentframe().f_code.co_name, inspect.getframeinfo(inspect.currentframe())[1:3]
