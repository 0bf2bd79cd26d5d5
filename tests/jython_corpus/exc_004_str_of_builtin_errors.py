try:
    int("x12")
except ValueError, e:
    print e
try:
    [1, 2][5]
except IndexError, e:
    print e
