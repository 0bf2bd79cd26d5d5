def handleMessage(payload):
    line = payload['line']
    count = payload.get('count', 0)
    print "line", line, "count", count
    return count / 2
print handleMessage({'line': 3, 'count': 7})
print handleMessage({'line': 4})
