try:
    'a' + 1
except TypeError, e:
    print e
try:
    1 + 'a'
except TypeError, e:
    print e
try:
    [1] + (2,)
except TypeError, e:
    print e
