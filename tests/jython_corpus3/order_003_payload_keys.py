# A typical tag payload printed, iterated and dumped to JSON.
import json

payload = {'name': 'Level', 'value': 42.5, 'quality': 'Good', 'path': '[default]T1/Level',
           'timestamp': 1600000000000L}
print payload
print payload.keys()
print [k for k in payload]
print json.dumps(payload)
print json.dumps(payload, sort_keys=True)
for k, v in payload.items():
    print '%-10s %r' % (k, v)
