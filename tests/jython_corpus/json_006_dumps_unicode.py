import json
print json.dumps({'t': u'caf\xe9'}, sort_keys=True)
print json.dumps(u'\u20ac')
print json.dumps({'t': u'caf\xe9'}, ensure_ascii=False)
