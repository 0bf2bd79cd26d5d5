# Formatting the current exception for a log line.
import traceback


def risky(d):
    return d['value'] / d['count']


for d in [{'value': 10, 'count': 2}, {'value': 1, 'count': 0}, {'value': 1}]:
    try:
        print risky(d)
    except Exception, e:
        lines = traceback.format_exc().strip().splitlines()
        print lines[0]
        print lines[-1]
