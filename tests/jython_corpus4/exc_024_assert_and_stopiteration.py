def check(limit):
    assert limit > 0, 'limit must be positive, got %r' % limit
    return limit

try:
    check(-2)
except AssertionError, e:
    print 'AssertionError:', e
it = iter([1])
print it.next()
try:
    it.next()
except StopIteration, e:
    print 'StopIteration', repr(str(e))
