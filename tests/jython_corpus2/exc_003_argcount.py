def f(a, b):
    return a + b
try:
    f(1)
except TypeError, e:
    print e
