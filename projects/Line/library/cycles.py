"""Shared by the Line project's event scripts."""
CYCLES = "[default]Line/Cycles"
STATE = "[default]Line/State"


def count():
	"""One more machine cycle: read the counter tag, write it back plus one."""
	current = system.tag.readBlocking([CYCLES])[0].value
	system.tag.writeBlocking([CYCLES], [current + 1])
	return current + 1
