class Oops(Exception):
    pass
try:
    raise Oops, "old style raise"
except Oops, e:
    print "caught", e, e.args
