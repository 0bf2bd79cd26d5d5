import json
obj = json.loads('{"name": "Pump", "tags": ["a", "b"], "n": 3}')
print repr(obj['name'])
print obj['tags']
print repr(obj['n']), type(obj['n']).__name__
print sorted(obj.keys())
