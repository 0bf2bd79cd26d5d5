# exc: unpack many
try:
    a, b = 1, 2, 3
except ValueError, e:
    print e
