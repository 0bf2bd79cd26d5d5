# exc: local before
def f():
    print x
    x = 1
try:
    f()
except UnboundLocalError, e:
    print e
