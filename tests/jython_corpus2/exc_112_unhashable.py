# exc: unhashable
try:
    d = {[1]: 2}
except TypeError, e:
    print e
