import json
for s in ['{', '[1,]', '', 'nope']:
    try:
        json.loads(s)
    except ValueError, e:
        print 'ValueError', e
