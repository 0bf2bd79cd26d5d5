# exc: raise instance class
class E(Exception):
    pass
try:
    raise E
except E, e:
    print 'caught', repr(str(e)), type(e).__name__
