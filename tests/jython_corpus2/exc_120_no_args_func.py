# exc: no args func
def tick():
    return 1
try:
    tick(5)
except TypeError, e:
    print e
