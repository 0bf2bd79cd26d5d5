class Thing(object):
    pass
try:
    Thing().missing
except AttributeError, e:
    print "AttributeError"
try:
    None.upper()
except AttributeError:
    print "None has no upper"
