l = [1, 2]
try:
    l[5]
except IndexError, e:
    print e
try:
    'ab'[9]
except IndexError, e:
    print e
