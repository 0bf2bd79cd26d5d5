# Tag names arrive as unicode; an integrator compares them with byte-string constants.
RUNNING = 'Running'
STOPPED = 'Stopped'


def classify(state):
    if state == RUNNING:
        return 'run'
    elif state == STOPPED:
        return 'stop'
    return 'other'


states = [u'Running', u'Stopped', 'Running', u'Fault', u'running']
for s in states:
    print repr(s), classify(s), s == RUNNING, s != STOPPED
print u'Running' == 'Running', 'Stopped' == u'Stopped'
print [u'a', u'b'] == ['a', 'b'], (u'x',) == ('x',)
print {'k': 1} == {u'k': 1}
