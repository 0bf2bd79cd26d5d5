def handleMessage(payload):
    if payload.has_key('setpoint'):
        sp = payload['setpoint']
        print "new setpoint", sp, "=", sp * 1.8 + 32, "F"
    else:
        print "no setpoint in", sorted(payload.keys())
handleMessage({'setpoint': 20})
handleMessage({'mode': 'auto', 'line': 1})
