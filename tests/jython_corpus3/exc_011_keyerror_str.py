# KeyError texts show the key's repr; other errors show the message.
d = {'a': 1}
for key in ['b', u'c', 5, ('t', 1)]:
    try:
        d[key]
    except KeyError, e:
        print 'KeyError', e, repr(e), e.args
try:
    [].pop()
except IndexError, e:
    print 'IndexError:', e
try:
    {}.popitem()
except KeyError, e:
    print 'KeyError:', e
