try:
    [1, 2][5]
except IndexError, e:
    print "IndexError:", e
try:
    1.0 / 0
except ZeroDivisionError, e:
    print "ZeroDivisionError:", e
try:
    float("abc")
except ValueError, e:
    print "ValueError:", e
