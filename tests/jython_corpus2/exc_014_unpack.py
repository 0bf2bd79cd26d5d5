try:
    a, b = [1, 2, 3]
except ValueError, e:
    print e
try:
    a, b, c = (1, 2)
except ValueError, e:
    print e
