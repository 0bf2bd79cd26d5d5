try:
    int("abc")
except ValueError, e:
    print "bad int:", e
try:
    {}['x']
except (KeyError, IndexError), e:
    print "lookup", repr(e)
