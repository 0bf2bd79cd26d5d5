# runs when [default]Line/Cycles changes (and once when the gateway starts: initialChange)
if not initialChange:
	print "cycle %d (was %s)" % (newValue.value, previousValue.value)
	if newValue.value % 5 == 0:
		system.util.getLogger("Line").info("%d cycles since startup" % newValue.value)
