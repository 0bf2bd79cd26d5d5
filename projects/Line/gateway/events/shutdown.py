# Gateway shutdown: mark the line stopped
system.tag.writeBlocking([cycles.STATE], ["stopped"])
