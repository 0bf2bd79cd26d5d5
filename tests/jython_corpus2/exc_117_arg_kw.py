# exc: arg kw
def f(a):
    return a
try:
    f(b=1)
except TypeError, e:
    print e
