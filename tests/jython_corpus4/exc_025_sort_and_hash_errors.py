try:
    hash([1, 2])
except TypeError, e:
    print e
try:
    d = {}
    d[{}] = 1
except TypeError, e:
    print e
try:
    s = set([[1]])
except TypeError, e:
    print e
