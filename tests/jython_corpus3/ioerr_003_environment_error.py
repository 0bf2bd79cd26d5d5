# except EnvironmentError catches both; the exception keeps its own class.
results = []
for name in ['first_missing.log', 'second_missing.log']:
    try:
        fh = open(name, 'r')
    except EnvironmentError, e:
        results.append((type(e).__name__, e.errno, e.filename))
print results
try:
    open('third_missing.log', 'rb')
except (IOError, OSError), e:
    print 'tuple handler', e.__class__.__name__, str(e)
try:
    open('fourth_missing.log')
except Exception, e:
    print 'generic handler', repr(e)
