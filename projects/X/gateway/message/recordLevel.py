# Record a tank's level in the plant database, publish its recent history and average as tags.
# shim send X recordLevel --payload '{"tank": "T1"}' --scope G
tank = payload.get("tank", "T1")
base = "[default]Tanks/%s" % tank

qv = system.tag.read(base + "/Level")
if not qv.quality.isGood():
	print "Tank %s: level is %s, nothing recorded" % (tank, qv.quality)
else:
	system.db.runPrepUpdate("INSERT INTO tank_levels (tank, level, t_stamp) VALUES (?, ?, ?)",
	                        [tank, qv.value, qv.timestamp])
	history = system.db.runPrepQuery("SELECT level, t_stamp FROM tank_levels WHERE tank = ? "
	                                 "ORDER BY id DESC LIMIT 5", [tank])
	levels = [row["level"] for row in history]
	average = sum(levels) / len(levels)

	recent = system.dataset.toDataSet(history)
	recent = system.dataset.addColumn(recent, [tank] * recent.rowCount, "tank", str)
	system.tag.writeAll([base + "/AverageLevel", base + "/Recent"], [average, recent])
	print "Tank %s: recorded %.1f, average of the last %d readings %.1f" % (tank, qv.value, len(levels), average)
