# Gateway startup: the line is running from now on (handlers and timers rely on it)
system.tag.writeBlocking([cycles.STATE, cycles.CYCLES], ["running", 0])
system.util.getGlobals()["lineStarted"] = system.date.now()
