# exc: sort key error
rows = [{'a': 1}, {'b': 2}]
try:
    rows.sort(key=lambda r: r['a'])
except KeyError, e:
    print 'KeyError', e
