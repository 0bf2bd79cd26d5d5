import json
print json.dumps({'zeta': 1, 'alpha': 2, 'mid': 3})
print json.dumps({"b": [1, 2], "a": {"y": 1, "x": 2}})
