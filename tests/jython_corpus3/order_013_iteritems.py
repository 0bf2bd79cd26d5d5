# iteritems/iterkeys/itervalues in a summary loop.
levels = {'T1': 80, 'T2': 15, 'T3': 55, 'T4': 5}
low = [k for k, v in levels.iteritems() if v < 20]
print low, sorted(low)
print list(levels.iterkeys()), list(levels.itervalues())
total = 0
for v in levels.itervalues():
    total += v
print total, max(levels.iteritems(), key=lambda kv: kv[1])
print sorted(levels, key=levels.get), zip(*sorted(levels.items()))[0]
