import json
print json.dumps({'a': 1, 'b': [1, 2]}, sort_keys=True, separators=(',', ':'))
print json.dumps("quote\"and\\slash")
