def handleMessage(payload):
    for key, value in sorted(payload.iteritems()):
        print "%-8s %r" % (key, value)
handleMessage({'tag': u'Motor1', 'value': 12.5, 'count': 3L, 'ok': True})
