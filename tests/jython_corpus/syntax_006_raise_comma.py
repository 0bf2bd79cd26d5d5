try:
    raise ValueError, "bad value"
except ValueError, e:
    print e
try:
    raise KeyError, ("k",)
except KeyError, e:
    print repr(e)
