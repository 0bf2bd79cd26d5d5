# exc: list remove
l = [1, 2]
try:
    l.remove(5)
except ValueError, e:
    print e
