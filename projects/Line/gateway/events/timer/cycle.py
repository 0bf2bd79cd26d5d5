# every second: one machine cycle
cycles.count()
