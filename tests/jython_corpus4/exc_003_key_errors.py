config = {'host': 'plc1', 'port': 502}
for key in ['host', 'timeout', 0, ('a', 1)]:
    try:
        print key, '=', config[key]
    except KeyError, e:
        print 'missing key', e, repr(e.args)
