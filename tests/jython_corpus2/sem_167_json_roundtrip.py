# sem: json roundtrip
import json
s = json.dumps({'a': [1, 2.5, None, True]})
print s
d = json.loads(s)
print d, type(d.keys()[0])
