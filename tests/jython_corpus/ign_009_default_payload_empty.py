def handleMessage(payload):
    mode = payload.get('mode', 'default')
    retries = payload.get('retries', 3)
    print "mode", mode, "retries", retries
    return mode
print handleMessage({})
print handleMessage({'mode': 'fast'})
