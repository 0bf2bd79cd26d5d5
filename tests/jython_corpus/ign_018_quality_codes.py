GOOD, BAD, UNCERTAIN = 192, 0, 64
def describe(q):
    if q >= GOOD:
        return "Good"
    elif q >= UNCERTAIN:
        return "Uncertain"
    return "Bad"
def handleMessage(payload):
    for tag, q in payload['qualities']:
        print tag, q, describe(q), hex(q), oct(q)
handleMessage({'qualities': [('a', 192), ('b', 64), ('c', 0)]})
