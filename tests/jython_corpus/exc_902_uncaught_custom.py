class HandlerError(Exception):
    pass
def handle(payload):
    if 'id' not in payload:
        raise HandlerError("payload has no id")
print "start"
handle({'value': 1})
