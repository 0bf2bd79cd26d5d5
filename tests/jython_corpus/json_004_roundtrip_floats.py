import json
s = json.dumps([0.1, 1.0 / 3, 2.0, 1e16, 10L], sort_keys=True)
print s
print json.loads(s)
