# exc: tuple assign
t = (1, 2)
try:
    t[0] = 5
except TypeError, e:
    print e
