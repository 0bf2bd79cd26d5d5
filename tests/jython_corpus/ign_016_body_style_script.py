payload = {'line': 2, 'speeds': [100, 105, 98]}
avg = sum(payload['speeds']) / len(payload['speeds'])
print "line %d avg speed %d" % (payload['line'], avg)
if avg <> 100:
    print "deviation", avg - 100
