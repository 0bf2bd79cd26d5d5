# from m import *: __all__ when the module has one, else its public names; never _private ones
from plantcore import *
from plantcore.alarms import *
from plantcore.tools import *
from math import *

print VERSION_TEXT, describe()
print Rule('tank_high', 80), evaluate([Rule('a', 1), Rule('b', 5)], 3)
print scaled(4), rounded(3.14159), Totalizer().add(5)
print floor(2.7), sqrt(16.0), pi > 3

for name in ['PUBLIC_BUT_UNLISTED', '_private_helper', 'unlisted', '_internal', 'severity', 'math', 'SCALE']:
	try:
		eval(name)
		print name, 'bound'
	except NameError, e:
		print name, 'not bound:', e

from plantcore.alarms.severity import *
print label(3), sorted(LABELS)[-1]
