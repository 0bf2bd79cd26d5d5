def handleMessage(payload):
    result = {}
    for tag in payload['tags']:
        result[tag] = len(tag)
    return result
res = handleMessage({'tags': ['Speed', 'Amps', 'Temp']})
print sorted(res.items())
