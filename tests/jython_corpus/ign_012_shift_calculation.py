def handleMessage(payload):
    minute_of_day = payload['hour'] * 60 + payload['minute']
    shift = minute_of_day / 480 + 1
    into = minute_of_day % 480
    print "shift", shift, "minutes into shift", into, "hours", into / 60
for h, m in [(0, 0), (7, 59), (8, 0), (23, 30)]:
    handleMessage({'hour': h, 'minute': m})
