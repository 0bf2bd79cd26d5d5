# exc: min empty
try:
    min([])
except ValueError, e:
    print e
try:
    max([])
except ValueError, e:
    print e
