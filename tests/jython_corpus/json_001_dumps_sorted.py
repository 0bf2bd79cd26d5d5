import json
data = {'b': 1, 'a': [1, 2.5, None, True], 'c': {'z': 'x'}}
print json.dumps(data, sort_keys=True)
print json.dumps([1, "two", 3.0])
