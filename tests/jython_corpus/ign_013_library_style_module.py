LIMITS = {'temp': (0, 120), 'press': (0, 10)}
def check(name, value):
    lo, hi = LIMITS[name]
    if not lo <= value <= hi:
        return "%s out of range: %s not in [%s, %s]" % (name, value, lo, hi)
    return None
def handleMessage(payload):
    problems = filter(None, [check(k, v) for k, v in sorted(payload.items())])
    print len(problems), problems
handleMessage({'temp': 130, 'press': 5.5})
handleMessage({'temp': 20, 'press': -1})
