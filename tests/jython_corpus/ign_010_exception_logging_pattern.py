def handleMessage(payload):
    try:
        ratio = payload['good'] / payload['total']
        print "ratio", ratio
    except ZeroDivisionError, e:
        print "cannot compute ratio:", e
    except KeyError, e:
        print "missing key", e
handleMessage({'good': 9, 'total': 10})
handleMessage({'good': 9, 'total': 0})
handleMessage({'good': 9})
