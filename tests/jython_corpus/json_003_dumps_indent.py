import json
print json.dumps({'line': 3, 'ok': False}, sort_keys=True, indent=2)
print json.dumps([1, [2, 3]], indent=1)
