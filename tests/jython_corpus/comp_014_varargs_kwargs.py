def log(msg, *args, **kw):
    print msg % args, sorted(kw.items())
log("%s=%d", "a", 1)
log("plain", level=2, source="gw")
def f(a, b=2, *rest):
    return a, b, rest
print f(1), f(1, 3, 5, 7)
