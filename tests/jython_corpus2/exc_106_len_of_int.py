# exc: len of int
try:
    len(5)
except TypeError, e:
    print e
