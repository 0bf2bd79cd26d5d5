import json
def handleMessage(payload):
    print "operator:", payload['operator']
    print repr(payload['operator'])
    print "shift", payload['shift'], type(payload['shift']).__name__
handleMessage(json.loads('{"operator": "J\\u00fcrgen", "shift": 2}'))
