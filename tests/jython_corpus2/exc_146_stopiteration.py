# exc: stopiteration
it = iter([1])
print it.next()
try:
    it.next()
except StopIteration:
    print 'done'
