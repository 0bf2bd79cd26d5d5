# order: json loads order
import json
d = json.loads('{"speed": 1, "level": 2, "temp": 3, "flow": 4}')
print d
print d.keys()
