# Routing messages by prefix.
ROUTES = (('ALM', 'alarm'), ('EVT', 'event'), (u'CMD', 'command'))


def route(msg):
    for prefix, kind in ROUTES:
        if msg.startswith(prefix):
            return kind
    if msg.endswith(('?', u'!')):
        return 'question'
    return 'unknown'


for m in ['ALM:T1', u'EVT:start', 'CMD:stop', u'what?', 'hey!', 'x']:
    print repr(m), route(m)
print 'abc'.startswith(('x', 'a')), u'abc'.endswith('bc', 0, 3), 'abc'.startswith('b', 1)
