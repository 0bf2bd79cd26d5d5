def inner():
    raise TypeError("inner problem")
def outer():
    try:
        inner()
    except TypeError:
        print "logging and re-raising"
        raise
try:
    outer()
except TypeError, e:
    print "outer caught", e
