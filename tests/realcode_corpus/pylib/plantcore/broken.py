# a module whose top level fails until its configuration exists: Jython retries it on every import
import plantcore

ATTEMPT = plantcore.counter()
if ATTEMPT < 3:
	raise ValueError('configuration missing (attempt %d)' % ATTEMPT)
READY = True
