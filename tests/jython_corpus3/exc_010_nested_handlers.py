# An error inside an except block, and re-raising the original.
def process(v):
    try:
        return 10 / v
    except ZeroDivisionError, e:
        try:
            return int('bad')
        except ValueError, e2:
            return 'second: %s / first: %s' % (e2, e)


print process(2), process(0)
def reraise():
    try:
        {}['k']
    except KeyError:
        raise
try:
    reraise()
except KeyError, e:
    print 'KeyError again:', e, type(e).__name__
