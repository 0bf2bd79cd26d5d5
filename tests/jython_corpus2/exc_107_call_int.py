# exc: call int
x = 5
try:
    x()
except TypeError, e:
    print e
