"""plantcore.alarms: alarm rules, with relative and implicit relative imports."""
from .rules import *
from .. import logutil
import severity

ACTIVE = {}


def raise_alarm(name, level):
	ACTIVE[name] = severity.label(level)
	logutil.log('alarm %s at %s', name, ACTIVE[name])
	return ACTIVE[name]
