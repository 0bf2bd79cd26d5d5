def handleMessage(payload):
    msg = ""
    for k in sorted(payload):
        msg += "%s=%s;" % (k, payload[k])
    print msg
    print msg.rstrip(";").split(";")
handleMessage({'a': 1, 'b': 2.0, 'c': u'x', 'd': None})
