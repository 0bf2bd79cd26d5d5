import json
msg = json.loads('{"payload": {"line": 3, "values": [1.5, 2]}, "id": "abc"}')
print msg['payload']['values']
print repr(msg['id'])
print sorted(msg['payload'].items())
