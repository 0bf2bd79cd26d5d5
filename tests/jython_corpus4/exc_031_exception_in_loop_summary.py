errors = []
for raw in ['1', 'two', '3', None]:
    try:
        int(raw)
    except Exception, e:
        errors.append('%s(%s)' % (type(e).__name__, e))
print len(errors)
for line in errors:
    print line
