# exc: zero mod float
try:
    5.0 % 0
except ZeroDivisionError, e:
    print e
try:
    divmod(5, 0)
except ZeroDivisionError, e:
    print e
