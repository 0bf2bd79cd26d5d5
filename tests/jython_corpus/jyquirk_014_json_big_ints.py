import json
v = json.loads('{"t": 1600000000000, "n": 5}')
print repr(v['t']), repr(v['n'])
print type(v['t']).__name__, type(v['n']).__name__
print json.dumps([2 ** 31, 2 ** 31 - 1])
