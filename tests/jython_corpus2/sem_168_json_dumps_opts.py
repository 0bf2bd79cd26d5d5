# sem: json dumps opts
import json
print json.dumps({'b': 1, 'a': 2}, sort_keys=True)
print json.dumps([1, 'x'], separators=(',', ':'))
print json.dumps('caf\xc3\xa9'.decode('utf-8'))
