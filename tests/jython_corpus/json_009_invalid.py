import json
try:
    json.loads('{bad json}')
    print "parsed?"
except ValueError:
    print "ValueError raised"
