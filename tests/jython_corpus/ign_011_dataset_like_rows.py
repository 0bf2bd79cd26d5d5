def handleMessage(payload):
    headers = payload['headers']
    rows = payload['rows']
    for row in rows:
        rec = dict(zip(headers, row))
        print "%(id)s %(name)s %(value).2f" % rec
    col = headers.index('value')
    print "sum", sum(r[col] for r in rows), "mean", sum(r[col] for r in rows) / len(rows)
handleMessage({'headers': ['id', 'name', 'value'], 'rows': [[1, 'a', 1.5], [2, 'b', 2.25]]})
