# Module-level state changed through global.
_calls = 0
_seen = {}


def record(tag):
    global _calls
    _calls += 1
    _seen[tag] = _seen.get(tag, 0) + 1
    return _calls


for t in ['a', 'b', 'a']:
    record(t)
print _calls, sorted(_seen.items())
def broken():
    _calls += 1
try:
    broken()
except UnboundLocalError, e:
    print 'UnboundLocalError:', e
