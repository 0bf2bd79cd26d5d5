import json
print json.dumps((1, 2))
print json.dumps([True, False, None])
print json.dumps({1: 'int key'})
