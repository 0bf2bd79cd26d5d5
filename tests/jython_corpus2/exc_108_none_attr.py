# exc: none attr
x = None
try:
    x.value
except AttributeError, e:
    print e
