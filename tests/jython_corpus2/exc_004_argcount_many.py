def g(a, b=2):
    return a
try:
    g(1, 2, 3)
except TypeError, e:
    print e
