# Module state is one per interpreter; a failing top level is retried on the next import
import plantcore
import plantcore.alarms
import plantcore.alarms as alarms_again
from plantcore.alarms import raise_alarm, ACTIVE
from plantcore import logutil

print plantcore.alarms is alarms_again, logutil is plantcore.logutil
print raise_alarm('T1_HIGH', 3), raise_alarm('T2_LOW', 1)
print sorted(ACTIVE.items()), sorted(plantcore.alarms.ACTIVE)
print len(logutil.LINES)

for attempt in range(4):
	try:
		import plantcore.broken
		print 'loaded on attempt', attempt, plantcore.broken.READY, plantcore.broken.ATTEMPT
		break
	except ValueError, e:
		print 'import failed:', e
print plantcore.counter()
import plantcore.broken as b
print b.ATTEMPT
try:
	import plantcore.missing_module
except ImportError, e:
	print 'ImportError:', e
try:
	from plantcore import nothing_here
except ImportError, e:
	print 'ImportError:', e
