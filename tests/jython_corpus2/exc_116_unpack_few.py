# exc: unpack few
try:
    a, b, c = [1]
except ValueError, e:
    print e
