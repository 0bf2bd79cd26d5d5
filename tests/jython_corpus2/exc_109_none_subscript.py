# exc: none subscript
x = None
try:
    x[0]
except TypeError, e:
    print e
