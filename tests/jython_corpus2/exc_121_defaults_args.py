# exc: defaults args
def f(a, b=1, c=2):
    return a
try:
    f()
except TypeError, e:
    print e
